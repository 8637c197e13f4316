using System;
using System.Globalization;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// Bounds applied to a raw capaian: none (the Kencong 2025 practice), a ceiling of 100 with a
/// floor of 0 (the Permenpan practice stated by the 2023 seed reports), or a custom ceiling.
/// </summary>
/// <remarks>
/// <para>A capped capaian is always reported beside the raw one (<see cref="CapaianResult"/>),
/// because a review needs both.</para>
/// <para>Equality is by bounds only: <c>Custom(null, null)</c> equals <see cref="None"/>.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CappingPolicy : IEquatable<CappingPolicy>
{
    private readonly decimal ceiling;
    private readonly decimal floor;

    // The bounds at the ratio scale, for equal-scale (fast) comparisons with raw capaian.
    private readonly decimal ceilingForCompare;
    private readonly decimal floorForCompare;

    private CappingPolicy(string name, decimal? ceiling, decimal? floor)
    {
        Name = name;
        HasCeiling = ceiling.HasValue;
        HasFloor = floor.HasValue;
        this.ceiling = ceiling.GetValueOrDefault();
        this.floor = floor.GetValueOrDefault();
        ceilingForCompare = Calculation.DecimalRatio.AtRatioScale(this.ceiling);
        floorForCompare = Calculation.DecimalRatio.AtRatioScale(this.floor);
    }

    /// <summary>Gets the policy that leaves every capaian as computed.</summary>
    public static CappingPolicy None { get; } = new("Tanpa batas", null, null);

    /// <summary>Gets the policy "above 100 % counts as 100 %, below 0 % counts as 0" (Permenpan practice).</summary>
    public static CappingPolicy Cap100Floor0 { get; } = new("Maks 100, min 0", 100m, 0m);

    /// <summary>Creates a policy with a custom ceiling and an optional floor, e.g. 120 % and 0 %.</summary>
    /// <param name="ceiling">The highest capaian counted, in percent; <see langword="null"/> for none.</param>
    /// <param name="floor">The lowest capaian counted, in percent; <see langword="null"/> for none.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">The ceiling is below the floor.</exception>
    public static CappingPolicy Custom(decimal? ceiling, decimal? floor)
    {
        if (ceiling.HasValue && floor.HasValue && ceiling.Value < floor.Value)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The ceiling {ceiling} is below the floor {floor}."), nameof(ceiling));
        }
        string name = string.Create(CultureInfo.InvariantCulture,
            $"Maks {(ceiling.HasValue ? ceiling.Value.ToString(CultureInfo.InvariantCulture) : "-")}, min {(floor.HasValue ? floor.Value.ToString(CultureInfo.InvariantCulture) : "-")}");
        return new CappingPolicy(name, ceiling, floor);
    }

    /// <summary>Gets a short description of the bounds.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the policy has a ceiling.</summary>
    public bool HasCeiling { get; }

    /// <summary>Gets a value indicating whether the policy has a floor.</summary>
    public bool HasFloor { get; }

    /// <summary>Gets the ceiling, or <see langword="null"/> when there is none.</summary>
    public decimal? Ceiling => HasCeiling ? ceiling : null;

    /// <summary>Gets the floor, or <see langword="null"/> when there is none.</summary>
    public decimal? Floor => HasFloor ? floor : null;

    /// <summary>Gets the ceiling as given (0 when there is none).</summary>
    internal decimal CeilingOrZero => ceiling;

    /// <summary>Gets the floor as given (0 when there is none).</summary>
    internal decimal FloorOrZero => floor;

    /// <summary>Applies the bounds to a raw capaian.</summary>
    /// <param name="raw">The raw capaian in percent.</param>
    /// <param name="adjustment">Which bound, if any, changed the value.</param>
    /// <returns>The bounded capaian.</returns>
    public decimal Apply(decimal raw, out CapAdjustment adjustment)
    {
        if (HasCeiling && raw > ceilingForCompare)
        {
            adjustment = CapAdjustment.Ceiling;
            return ceiling;
        }
        if (HasFloor && raw < floorForCompare)
        {
            adjustment = CapAdjustment.Floor;
            return floor;
        }
        adjustment = CapAdjustment.None;
        return raw;
    }

    /// <inheritdoc />
    public bool Equals(CappingPolicy? other) =>
        other is not null && HasCeiling == other.HasCeiling && HasFloor == other.HasFloor &&
        ceiling == other.ceiling && floor == other.floor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CappingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HasCeiling, ceiling, HasFloor, floor);

    /// <inheritdoc />
    public override string ToString() => Name;
}
