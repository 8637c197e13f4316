namespace Sakip.Measurement.Calculation;

/// <summary>
/// How capaian is taken between two grades of one ordinal scale when they do not both carry a
/// score: a policy object, chosen by <see cref="CapaianPolicy.OrdinalMethod"/>.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public abstract class OrdinalCapaianMethod
{
    private protected OrdinalCapaianMethod(string name, CapaianRule rule)
    {
        Name = name;
        Rule = rule;
    }

    /// <summary>Gets the default: 100 when the realised grade is at least the target grade, else 0 (met / not met).</summary>
    public static OrdinalCapaianMethod MetOrNotMet { get; } = new Met();

    /// <summary>Gets (rank of realisasi + 1) / (rank of target + 1) × 100, ranks counted from the worst grade.</summary>
    public static OrdinalCapaianMethod RankRatio { get; } = new Ratio();

    /// <summary>Gets the method as a report would state it.</summary>
    public string Name { get; }

    /// <summary>Gets the rule a capaian computed by this method carries.</summary>
    public CapaianRule Rule { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Computes the capaian of two ranks of one scale (0 = the worst grade).</summary>
    internal abstract CapaianResult Calculate(int targetRank, int actualRank, CappingPolicy capping);

    private sealed class Met() : OrdinalCapaianMethod("Tercapai / tidak tercapai", CapaianRule.OrdinalMet)
    {
        internal override CapaianResult Calculate(int targetRank, int actualRank, CappingPolicy capping) =>
            CapaianResult.Computed(Rule, actualRank >= targetRank ? 100m : 0m, capping);
    }

    private sealed class Ratio() : OrdinalCapaianMethod("Rasio peringkat", CapaianRule.OrdinalRankRatio)
    {
        internal override CapaianResult Calculate(int targetRank, int actualRank, CappingPolicy capping) =>
            CapaianResult.Computed(Rule, Calculation.DecimalRatio.Percent(actualRank + 1, targetRank + 1), capping);
    }
}
