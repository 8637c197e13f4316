using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// How the capaian of a negative (lower-is-better) indicator is computed: a policy object, one
/// instance per reading, chosen by <see cref="CapaianPolicy.NegativeFormula"/>.
/// </summary>
/// <remarks>
/// <para><see cref="Regulation"/> is the reading the seed reports use and the default;
/// <see cref="Inverse"/> is the alternative some applications use, offered by name only.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public abstract class NegativeFormula
{
    private protected NegativeFormula(string name, CapaianRule rule)
    {
        Name = name;
        Rule = rule;
    }

    /// <summary>
    /// Gets the regulation's reading: <c>(target − (realisasi − target)) / target × 100</c>, computed
    /// as <c>200 − realisasi / target × 100</c> so that both readings agree to the last digit.
    /// </summary>
    public static NegativeFormula Regulation { get; } = new RegulationFormula();

    /// <summary>Gets the alternative some applications use: <c>target / realisasi × 100</c> (a zero realisasi has no capaian).</summary>
    public static NegativeFormula Inverse { get; } = new InverseFormula();

    /// <summary>Gets the formula as a report would write it.</summary>
    public string Name { get; }

    /// <summary>Gets the rule a capaian computed by this formula carries.</summary>
    public CapaianRule Rule { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Gets the formula's shape as a ratio, which the division-free grading reads (<see cref="GradingTable"/>).</summary>
    internal abstract RatioForm Form { get; }

    /// <summary>Computes the capaian of a positive target; arguments are already checked.</summary>
    internal abstract CapaianResult Calculate(decimal target, decimal realisasi, CappingPolicy capping);

    private sealed class RegulationFormula() : NegativeFormula("(2 × target − realisasi) / target × 100", CapaianRule.NegativeRegulation)
    {
        internal override RatioForm Form => new(Inverted: false, Reflected: true);

        internal override CapaianResult Calculate(decimal target, decimal realisasi, CappingPolicy capping) =>
            Calculation.DecimalRatio.TryPercent(realisasi, target, out decimal ratio) && TryTwoHundredMinus(ratio, out decimal negative)
                ? CapaianResult.Computed(Rule, negative, capping)
                : CapaianResult.Missing(CapaianStatus.OutOfRange);

        // 200 − positive: exact by plain subtraction while the positive ratio is above −10¹² (the
        // difference keeps the ratio's 16 places); beyond that rounded once, half away from zero,
        // at the places a decimal can hold, and a difference beyond the decimal range is reported.
        private static bool TryTwoHundredMinus(decimal positive, out decimal negative)
        {
            if (positive > -1_000_000_000_000m)
            {
                negative = 200m - positive;
                return true;
            }
            var mantissa = ExactDecimal.ToScaledInteger(positive, out int scale);
            var power = ExactDecimal.PowerOfTen(scale);
            return ExactDecimal.TryToDecimal((200 * power) - mantissa, power, Calculation.DecimalRatio.Scale, out negative);
        }
    }

    private sealed class InverseFormula() : NegativeFormula("target / realisasi × 100", CapaianRule.NegativeInverse)
    {
        internal override RatioForm Form => new(Inverted: true, Reflected: false);

        internal override CapaianResult Calculate(decimal target, decimal realisasi, CappingPolicy capping)
        {
            if (realisasi == 0m)
            {
                return CapaianResult.Missing(CapaianStatus.ZeroRealisasi);
            }
            return Calculation.DecimalRatio.TryPercent(target, realisasi, out decimal inverse)
                ? CapaianResult.Computed(Rule, inverse, capping)
                : CapaianResult.Missing(CapaianStatus.OutOfRange);
        }
    }
}
