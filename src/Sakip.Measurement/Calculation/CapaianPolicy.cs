using System;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// Every choice a capaian calculation depends on, made explicit: the negative formula, the
/// capping bounds, what a zero target means and how ordinal values are compared.
/// </summary>
/// <remarks>
/// <para>Build one with an object initializer or <c>with</c>; each property validates its value.
/// The named presets match the seed reports. Every choice is a policy object (capping bounds,
/// negative formula, zero-target reading, ordinal method), never an enum switched inside the
/// calculator.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record CapaianPolicy
{
    private readonly CappingPolicy capping = CappingPolicy.None;
    private readonly NegativeFormula negativeFormula = NegativeFormula.Regulation;
    private readonly ZeroTargetPolicy zeroTarget = ZeroTargetPolicy.NegativeZeroIsFullAchievement;
    private readonly OrdinalCapaianMethod ordinalMethod = OrdinalCapaianMethod.MetOrNotMet;

    /// <summary>
    /// Gets the policy of the 2023 seed reports (Permenpan practice): regulation negative formula,
    /// capaian capped at 100 and floored at 0.
    /// </summary>
    public static CapaianPolicy Capped100 { get; } = new() { Capping = CappingPolicy.Cap100Floor0 };

    /// <summary>Gets the policy of the Kencong 2025 seed report: regulation negative formula, no capping.</summary>
    public static CapaianPolicy Uncapped { get; } = new();

    /// <summary>Gets the capping bounds. Default: <see cref="CappingPolicy.None"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public CappingPolicy Capping
    {
        get => capping;
        init => capping = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets the basis a report under this policy grades and averages on: the capped value when the
    /// capping has a bound (the 2023 seeds cap at 100 and grade the capped capaian), the raw value
    /// otherwise. One rule, so that no renderer decides it again.
    /// </summary>
    public CapaianBasis DefaultBasis => Capping.HasCeiling || Capping.HasFloor ? CapaianBasis.Capped : CapaianBasis.Raw;

    /// <summary>Gets the formula for negative indicators. Default: <see cref="NegativeFormula.Regulation"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public NegativeFormula NegativeFormula
    {
        get => negativeFormula;
        init => negativeFormula = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets what a zero target means. Default: <see cref="ZeroTargetPolicy.NegativeZeroIsFullAchievement"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ZeroTargetPolicy ZeroTarget
    {
        get => zeroTarget;
        init => zeroTarget = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets how two ordinal values are compared when they do not both carry a score.
    /// Default: <see cref="OrdinalCapaianMethod.MetOrNotMet"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public OrdinalCapaianMethod OrdinalMethod
    {
        get => ordinalMethod;
        init => ordinalMethod = value ?? throw new ArgumentNullException(nameof(value));
    }
}
