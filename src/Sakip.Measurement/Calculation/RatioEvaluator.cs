using System;
using Sakip.Measurement.Scales;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// The batch paths' capaian: one 128-by-64-bit division per item for the 16-place ratio
/// (<see cref="DecimalRatio.TryScaledQuotient"/>), then the capping and, with a scale, the band
/// from a <see cref="GradingTable"/> by integer comparisons of the ratio's mantissa; the results
/// are those of <see cref="Capaian.CalculateCore"/> to the digit. Inputs the integer path does not
/// take (zero targets, mantissas over 64 bits, negative realisasi, capaian of 900 % or more) go
/// through that exact core.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class RatioEvaluator
{
    private readonly CapaianPolicy policy;
    private readonly PredikatScale? scale;
    private readonly CapaianBasis basis;
    private readonly CappingPolicy capping;
    private readonly RatioForm negativeForm;
    private readonly CapaianRule negativeRule;
    private readonly GradingTable? positive;
    private readonly GradingTable? negative;

    /// <summary>Builds the tables of a policy, and of a scale and basis when bands are wanted.</summary>
    internal RatioEvaluator(CapaianPolicy policy, PredikatScale? scale, CapaianBasis basis)
    {
        this.policy = policy;
        this.scale = scale;
        this.basis = basis;
        capping = policy.Capping;
        negativeForm = policy.NegativeFormula.Form;
        negativeRule = policy.NegativeFormula.Rule;
        positive = GradingTable.Build(RatioForm.Direct, capping, scale, basis, withAdjustments: true);
        negative = GradingTable.Build(negativeForm, capping, scale, basis, withAdjustments: true);
    }

    /// <summary>Gets the policy the tables were built for.</summary>
    internal CapaianPolicy Policy => policy;

    /// <summary>
    /// Computes every input's capaian and, when <paramref name="bandIndexes"/> is not empty (the
    /// evaluator has a scale), its band.
    /// </summary>
    internal void Evaluate(ReadOnlySpan<CapaianInput> inputs, Span<CapaianResult> results, Span<int> bandIndexes)
    {
        bool withBands = !bandIndexes.IsEmpty;
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < inputs.Length; i++)
        {
            ref readonly CapaianInput input = ref inputs[i];
            int band = -1;
            if (!input.HasRealisasi)
            {
                results[i] = CapaianResult.Missing(CapaianStatus.NoRealisasi);
            }
            else if (!TryEvaluateOne(in input, bits, out results[i], out band))
            {
                var result = Capaian.CalculateCore(input.Target, input.RealisasiOrZero, input.Polarity, policy);
                results[i] = result;
                band = withBands && result.HasValue ? scale!.IndexOf(basis == CapaianBasis.Raw ? result.Raw : result.Value) : -1;
            }
            if (withBands)
            {
                bandIndexes[i] = band;
            }
        }
    }

    private bool TryEvaluateOne(in CapaianInput input, Span<int> bits, out CapaianResult result, out int band)
    {
        result = default;
        band = -1;
        if (!DecimalRatio.TryDecode(input.Target, bits, out ulong t, out int ts, out _)
            || !DecimalRatio.TryDecode(input.RealisasiOrZero, bits, out ulong r, out int rs, out bool negativeRealisasi)
            || (negativeRealisasi && r != 0)
            || t == 0)
        {
            return false;
        }
        bool isPositive = input.Polarity == Polarity.Positive;
        GradingTable? table = isPositive ? positive : negative;
        RatioForm form = isPositive ? RatioForm.Direct : negativeForm;
        ulong a = form.Inverted ? t : r;
        ulong b = form.Inverted ? r : t;
        if (table is null || b == 0)
        {
            return false;
        }
        ulong mantissa = 0;
        decimal ratio = 0m;
        if (a != 0)
        {
            if (!DecimalRatio.TryScaledQuotient(a, form.Inverted ? ts : rs, b, form.Inverted ? rs : ts, out UInt128 quotient)
                || quotient > GradingTable.MaxMantissa)
            {
                return false;
            }
            mantissa = (ulong)quotient;
            ratio = DecimalRatio.FromScaledMantissa(quotient, negative: false);
        }
        decimal raw = form.Reflected ? TwoHundredMinus(ratio, mantissa, a == 0) : ratio;
        int piece = table.PieceOf(mantissa);
        var adjustment = table.AdjustmentOf(piece);
        decimal value = adjustment switch
        {
            CapAdjustment.None => raw,
            CapAdjustment.Ceiling => capping.CeilingOrZero,
            _ => capping.FloorOrZero,
        };
        result = CapaianResult.FromParts(isPositive ? CapaianRule.Positive : negativeRule, raw, value, adjustment);
        band = table.BandOf(piece);
        return true;
    }

    // 200 − ratio with the digits decimal subtraction gives: scale 16, or 200 for a zero ratio (0m).
    private static decimal TwoHundredMinus(decimal ratio, ulong mantissa, bool zero)
    {
        if (zero)
        {
            return 200m - ratio;
        }
        const long TwoHundredAtScale = 2_000_000_000_000_000_000L;
        long difference = unchecked(TwoHundredAtScale - (long)mantissa); // mantissa ≤ 9·10¹⁸: no overflow
        bool below = difference < 0;
        ulong magnitude = below ? unchecked((ulong)(-difference)) : (ulong)difference;
        return DecimalRatio.FromScaledMantissa(magnitude, below);
    }
}
