namespace Sakip.Measurement.Calculation;

/// <summary>
/// What a zero target means — a ratio over zero is undefined, so a report must say: a policy
/// object, one instance per reading, chosen by <see cref="CapaianPolicy.ZeroTarget"/>.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public abstract class ZeroTargetPolicy
{
    private protected ZeroTargetPolicy(string name) => Name = name;

    /// <summary>
    /// Gets the reports' practice, the default: a negative indicator with target 0 and realisasi 0
    /// (zero complaints wanted, zero received) achieves 100 %; every other zero target yields no
    /// capaian (<see cref="CapaianStatus.ZeroTarget"/>).
    /// </summary>
    public static ZeroTargetPolicy NegativeZeroIsFullAchievement { get; } = new ZeroOfZero("Negatif: target 0, realisasi 0 = 100%", negativeOnly: true);

    /// <summary>Gets the reading where target 0 with realisasi 0 achieves 100 % whatever the polarity; any other zero target yields no capaian.</summary>
    public static ZeroTargetPolicy ZeroOfZeroIsFullAchievement { get; } = new ZeroOfZero("Target 0, realisasi 0 = 100%", negativeOnly: false);

    /// <summary>Gets the reading where a zero target never yields a capaian.</summary>
    public static ZeroTargetPolicy NoCapaian { get; } = new Never();

    /// <summary>Gets the policy as a report would state it.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Whether a zero target with this realisasi and polarity is full achievement (100 %).</summary>
    internal abstract bool IsFullAchievement(decimal realisasi, Polarity polarity);

    private sealed class ZeroOfZero(string name, bool negativeOnly) : ZeroTargetPolicy(name)
    {
        internal override bool IsFullAchievement(decimal realisasi, Polarity polarity) =>
            realisasi == 0m && (!negativeOnly || polarity == Polarity.Negative);
    }

    private sealed class Never() : ZeroTargetPolicy("Target 0: tanpa capaian")
    {
        internal override bool IsFullAchievement(decimal realisasi, Polarity polarity) => false;
    }
}
