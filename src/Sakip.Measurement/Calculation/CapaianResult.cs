using System;
using System.Globalization;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// The outcome of one capaian calculation: whether a value exists, the raw value, the value
/// after capping, which bound changed it and which rule produced it.
/// </summary>
/// <remarks>
/// <para>Values are percentages as decimals (85.23 means 85,23 %), unrounded: the raw value is
/// the exact quotient rounded half away from zero to <see cref="DecimalPlaces"/> (16) decimal places.
/// Round only to present.</para>
/// <para>When <see cref="Status"/> is not <see cref="CapaianStatus.Computed"/>, <see cref="Raw"/> and
/// <see cref="Value"/> throw: a missing capaian is never a silent 0.</para>
/// <para>The default value has status <see cref="CapaianStatus.NotCalculated"/> and no value.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct CapaianResult : IEquatable<CapaianResult>
{
    /// <summary>
    /// The number of decimal places to which <see cref="Raw"/>, and so <see cref="Value"/>, is
    /// exact (16). A printed capaian with more decimals can be checked against it only to this many.
    /// </summary>
    public const int DecimalPlaces = Calculation.DecimalRatio.Scale;

    private readonly decimal raw;
    private readonly decimal value;

    private CapaianResult(CapaianStatus status, CapaianRule rule, decimal raw, decimal value, CapAdjustment adjustment)
    {
        Status = status;
        Rule = rule;
        this.raw = raw;
        this.value = value;
        Adjustment = adjustment;
    }

    internal static CapaianResult Computed(CapaianRule rule, decimal raw, CappingPolicy capping)
    {
        decimal capped = capping.Apply(raw, out var adjustment);
        return new CapaianResult(CapaianStatus.Computed, rule, raw, capped, adjustment);
    }

    /// <summary>A computed result whose capping the caller has already applied (the batch paths grade it from a table).</summary>
    internal static CapaianResult FromParts(CapaianRule rule, decimal raw, decimal value, CapAdjustment adjustment) =>
        new(CapaianStatus.Computed, rule, raw, value, adjustment);

    /// <summary>Re-labels a computed result with the rule that chose the formula (range, ordinal).</summary>
    internal CapaianResult WithRule(CapaianRule rule, CappingPolicy capping) =>
        HasValue ? Computed(rule, raw, capping) : this;

    internal static CapaianResult Missing(CapaianStatus status) => new(status, CapaianRule.None, 0m, 0m, CapAdjustment.None);

    /// <summary>Gets whether a capaian exists and, if not, why.</summary>
    public CapaianStatus Status { get; }

    /// <summary>Gets a value indicating whether a capaian was computed.</summary>
    public bool HasValue => Status == CapaianStatus.Computed;

    /// <summary>Gets the rule that produced the value (<see cref="CapaianRule.None"/> when there is none).</summary>
    public CapaianRule Rule { get; }

    /// <summary>Gets which capping bound, if any, changed the raw value.</summary>
    public CapAdjustment Adjustment { get; }

    /// <summary>Gets a value indicating whether capping changed the raw value.</summary>
    public bool WasCapped => Adjustment != CapAdjustment.None;

    /// <summary>Gets the capaian before capping, in percent.</summary>
    /// <exception cref="InvalidOperationException">No capaian was computed (see <see cref="Status"/>).</exception>
    public decimal Raw => HasValue ? raw : throw NoValue();

    /// <summary>Gets the capaian after capping, in percent: the value reports grade and average.</summary>
    /// <exception cref="InvalidOperationException">No capaian was computed (see <see cref="Status"/>).</exception>
    public decimal Value => HasValue ? value : throw NoValue();

    /// <summary>Gets the raw capaian, or <see langword="null"/> when there is none.</summary>
    public decimal? RawOrNull => HasValue ? raw : null;

    /// <summary>Gets the capped capaian, or <see langword="null"/> when there is none.</summary>
    public decimal? ValueOrNull => HasValue ? value : null;

    /// <summary>Gets the capped capaian when there is one.</summary>
    /// <param name="capaian">The capped capaian, or 0 when there is none.</param>
    /// <returns><see langword="true"/> when a capaian was computed.</returns>
    public bool TryGetValue(out decimal capaian)
    {
        capaian = value;
        return HasValue;
    }

    /// <inheritdoc />
    public bool Equals(CapaianResult other) =>
        Status == other.Status && Rule == other.Rule && Adjustment == other.Adjustment && raw == other.raw && value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CapaianResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Rule, Adjustment, raw, value);

    /// <summary>Returns a diagnostic rendering, e.g. <c>100 (raw 111.25, Positive, Ceiling)</c> or <c>NoRealisasi</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{value} (raw {raw}, {Rule}, {Adjustment})")
        : Status.ToString();

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CapaianResult left, CapaianResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CapaianResult left, CapaianResult right) => !left.Equals(right);

    private InvalidOperationException NoValue() =>
        new(string.Create(CultureInfo.InvariantCulture, $"No capaian was computed: {Status}."));
}
