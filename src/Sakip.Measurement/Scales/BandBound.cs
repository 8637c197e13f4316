using System;
using System.Globalization;

namespace Sakip.Measurement.Scales;

/// <summary>One end of a <see cref="PredikatBand"/>: a value that is included or excluded, or no bound at all.</summary>
/// <remarks>
/// <para>The default value is <see cref="Unbounded"/>.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct BandBound : IEquatable<BandBound>
{
    private readonly decimal value;
    private readonly byte kind; // 0 unbounded, 1 inclusive, 2 exclusive

    private BandBound(decimal value, byte kind)
    {
        this.value = value;
        this.kind = kind;
    }

    /// <summary>Gets the absent bound (−∞ as a lower bound, +∞ as an upper bound).</summary>
    public static BandBound Unbounded => default;

    /// <summary>Creates a bound that includes its value (<c>≥ x</c> or <c>≤ x</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bound.</returns>
    public static BandBound Inclusive(decimal value) => new(value, 1);

    /// <summary>Creates a bound that excludes its value (<c>&gt; x</c> or <c>&lt; x</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bound.</returns>
    public static BandBound Exclusive(decimal value) => new(value, 2);

    /// <summary>Gets a value indicating whether this bound is absent.</summary>
    public bool IsUnbounded => kind == 0;

    /// <summary>Gets a value indicating whether the bound's value belongs to the band.</summary>
    public bool IsInclusive => kind == 1;

    /// <summary>Gets the bound's value.</summary>
    /// <exception cref="InvalidOperationException">The bound is <see cref="Unbounded"/>.</exception>
    public decimal Value => kind == 0 ? throw new InvalidOperationException("An unbounded end has no value.") : value;

    internal decimal RawValue => value;

    /// <inheritdoc />
    public bool Equals(BandBound other) => kind == other.kind && value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BandBound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(kind, value);

    /// <summary>Returns <c>∞</c>, <c>[x</c>-style text: the value followed by <c>(incl)</c> or <c>(excl)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => kind switch
    {
        0 => "∞",
        1 => string.Create(CultureInfo.InvariantCulture, $"{value} (incl)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value} (excl)"),
    };

    /// <summary>Compares two bounds for equality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BandBound left, BandBound right) => left.Equals(right);

    /// <summary>Compares two bounds for inequality.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BandBound left, BandBound right) => !left.Equals(right);
}
