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
    // Items this thread sent down the exact path, read by tests to see that the integer path takes
    // every input it should (the exact path gives the same results, only slower).
    [ThreadStatic]
    private static int exactItems;

    private readonly CapaianPolicy policy;
    private readonly PredikatScale? scale;
    private readonly CapaianBasis basis;
    private readonly CappingPolicy capping;
    private readonly GradingTable?[] tables; // by polarity: positive, negative
    private readonly CapaianRule[] rules; // by polarity
    private readonly int inversions; // bit p: polarity p divides target by realisasi
    private readonly int reflections; // bit p: polarity p is 200 − ratio

    /// <summary>Builds the tables of a policy, and of a scale and basis when bands are wanted.</summary>
    internal RatioEvaluator(CapaianPolicy policy, PredikatScale? scale, CapaianBasis basis)
    {
        this.policy = policy;
        this.scale = scale;
        this.basis = basis;
        capping = policy.Capping;
        var negativeForm = policy.NegativeFormula.Form;
        tables =
        [
            GradingTable.Build(RatioForm.Direct, capping, scale, basis, withAdjustments: true),
            GradingTable.Build(negativeForm, capping, scale, basis, withAdjustments: true),
        ];
        rules = [CapaianRule.Positive, policy.NegativeFormula.Rule];
        inversions = negativeForm.Inverted ? 2 : 0;
        reflections = negativeForm.Reflected ? 2 : 0;
    }

    /// <summary>Gets the number of items graded or computed by the exact path on this thread so far.</summary>
    internal static int ExactItems => exactItems;

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
                CountExactItem();
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
        // Everything that depends on the polarity by index, not by branch: polarities come in no order.
        int polarity = (int)input.Polarity & 1;
        GradingTable? table = tables[polarity];
        bool inverted = (inversions & (1 << polarity)) != 0;
        ulong a = inverted ? t : r;
        ulong b = inverted ? r : t;
        int sa = inverted ? ts : rs;
        int sb = inverted ? rs : ts;
        // (b = 0, a realisasi of 0 under an inverse formula, needs no test of its own: a is the
        // target, not 0, and no quotient by 0 fits 64 bits.)
        if (table is null)
        {
            return false;
        }
        ulong mantissa = 0;
        if (a != 0 && (!DecimalRatio.TryScaledQuotient64(a, sa, b, sb, out mantissa) || mantissa > GradingTable.MaxMantissa))
        {
            return false;
        }
        decimal raw = (reflections & (1 << polarity)) != 0 ? TwoHundredMinus(mantissa, a == 0) : Ratio(mantissa, a == 0);
        int piece = table.PieceOf(mantissa);
        var adjustment = table.AdjustmentOf(piece);
        decimal value = adjustment switch
        {
            CapAdjustment.None => raw,
            CapAdjustment.Ceiling => capping.CeilingOrZero,
            _ => capping.FloorOrZero,
        };
        result = CapaianResult.FromParts(rules[polarity], raw, value, adjustment);
        band = table.BandOf(piece);
        return true;
    }

    /// <summary>Counts one item taken by the exact path (see <see cref="ExactItems"/>).</summary>
    internal static void CountExactItem() => exactItems = unchecked(exactItems + 1);

    // The ratio as DecimalRatio gives it: 16 places, or 0m for a zero numerator.
    private static decimal Ratio(ulong mantissa, bool zero) => zero ? 0m : DecimalRatio.FromScaledMantissa(mantissa, negative: false);

    // 200 − ratio with the digits decimal subtraction gives: scale 16, or 200 for a zero ratio (0m).
    private static decimal TwoHundredMinus(ulong mantissa, bool zero)
    {
        if (zero)
        {
            return 200m;
        }
        const long TwoHundredAtScale = 2_000_000_000_000_000_000L;
        long difference = unchecked(TwoHundredAtScale - (long)mantissa); // mantissa ≤ 9·10¹⁸: no overflow
        bool below = difference < 0;
        ulong magnitude = below ? unchecked((ulong)(-difference)) : (ulong)difference;
        return DecimalRatio.FromScaledMantissa(magnitude, below);
    }
}
