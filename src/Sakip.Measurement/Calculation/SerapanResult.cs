using System;
using System.Globalization;

namespace Sakip.Measurement.Calculation;

/// <summary>Whether a serapan (budget absorption) could be computed and, if not, why.</summary>
public enum SerapanStatus
{
    /// <summary>Nothing was computed (the default of <see cref="SerapanResult"/>).</summary>
    NotCalculated = 0,

    /// <summary>The serapan was computed.</summary>
    Computed = 1,

    /// <summary>The line has no pagu under the chosen basis.</summary>
    NoPagu = 2,

    /// <summary>The pagu is zero, so realisasi / pagu is undefined (Kencong 2025 prints "0" for such a line).</summary>
    ZeroPagu = 3,

    /// <summary>The line has no realisasi.</summary>
    NoRealisasi = 4,

    /// <summary>The quotient lies beyond the decimal range (a pagu of a tiny fraction of a rupiah).</summary>
    OutOfRange = 5,
}

/// <summary>
/// Serapan anggaran (budget absorption): realisasi / pagu × 100, in percent, or the status that
/// says why there is none.
/// </summary>
/// <remarks>
/// <para>The value is the exact quotient rounded half away from zero to 16 decimal places, as a
/// capaian is; money is summed before it is divided, never percentages averaged.</para>
/// <para>The default value has status <see cref="SerapanStatus.NotCalculated"/>.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct SerapanResult : IEquatable<SerapanResult>
{
    private readonly decimal value;

    private SerapanResult(SerapanStatus status, decimal value)
    {
        Status = status;
        this.value = value;
    }

    /// <summary>Gets whether a serapan was computed and, if not, why.</summary>
    public SerapanStatus Status { get; }

    /// <summary>Gets a value indicating whether a serapan was computed.</summary>
    public bool HasValue => Status == SerapanStatus.Computed;

    /// <summary>Gets the serapan in percent.</summary>
    /// <exception cref="InvalidOperationException">No serapan was computed (see <see cref="Status"/>).</exception>
    public decimal Value => HasValue ? value : throw new InvalidOperationException(
        string.Create(CultureInfo.InvariantCulture, $"No serapan was computed: {Status}."));

    /// <summary>Gets the serapan, or <see langword="null"/> when there is none.</summary>
    public decimal? ValueOrNull => HasValue ? value : null;

    /// <summary>Computes realisasi / pagu × 100.</summary>
    /// <param name="realisasi">The money spent, or <see langword="null"/>.</param>
    /// <param name="pagu">The allocation, or <see langword="null"/>.</param>
    /// <returns>The serapan, or the status saying why there is none.</returns>
    public static SerapanResult Calculate(decimal? realisasi, decimal? pagu)
    {
        if (pagu is not { } p)
        {
            return new SerapanResult(SerapanStatus.NoPagu, 0m);
        }
        if (realisasi is not { } r)
        {
            return new SerapanResult(SerapanStatus.NoRealisasi, 0m);
        }
        if (p == 0m)
        {
            return new SerapanResult(SerapanStatus.ZeroPagu, 0m);
        }
        return DecimalRatio.TryPercent(r, p, out decimal percent)
            ? new SerapanResult(SerapanStatus.Computed, percent)
            : new SerapanResult(SerapanStatus.OutOfRange, 0m);
    }

    /// <inheritdoc />
    public bool Equals(SerapanResult other) => Status == other.Status && value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SerapanResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, value);

    /// <summary>Returns the value in invariant notation (<c>84.37…</c>) or the status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasValue ? value.ToString(CultureInfo.InvariantCulture) : Status.ToString();

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SerapanResult left, SerapanResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SerapanResult left, SerapanResult right) => !left.Equals(right);
}
