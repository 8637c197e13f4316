using System;
using System.Globalization;
using System.Numerics;

namespace Sakip.Measurement.Utility;

/// <summary>
/// An exact rational number <c>numerator / denominator</c> (denominator positive, the fraction
/// reduced), for figures that are ratios of integers and must be rounded exactly once.
/// </summary>
/// <remarks>
/// <para>The default value is 0 (a zero denominator is read as 1).</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>, IBoundComparable
{
    private readonly BigInteger denominatorMinusOne;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        denominatorMinusOne = denominator - BigInteger.One;
    }

    /// <summary>Gets zero.</summary>
    internal static Rational Zero => default;

    /// <summary>Gets the numerator (carries the sign).</summary>
    internal BigInteger Numerator { get; }

    /// <summary>Gets the denominator (positive).</summary>
    internal BigInteger Denominator => denominatorMinusOne + BigInteger.One;

    /// <summary>Returns the reduced fraction <c>numerator / denominator</c>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    internal static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number needs a non-zero denominator.");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        // The denominator is positive, so the gcd is too (1 when the fraction is already reduced).
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return new Rational(numerator / gcd, denominator / gcd);
    }

    /// <summary>Returns the exact value of a decimal.</summary>
    internal static Rational FromDecimal(decimal value)
    {
        var mantissa = ExactDecimal.ToScaledInteger(value, out int scale);
        return Of(mantissa, ExactDecimal.PowerOfTen(scale));
    }

    /// <summary>Adds two fractions exactly.</summary>
    public static Rational operator +(Rational left, Rational right) =>
        Of((left.Numerator * right.Denominator) + (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    /// <summary>Multiplies two fractions exactly.</summary>
    public static Rational operator *(Rational left, Rational right) =>
        Of(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    /// <summary>Divides two fractions exactly.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Rational operator /(Rational left, Rational right) =>
        Of(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    /// <summary>Compares two fractions.</summary>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Compares two fractions.</summary>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Compares the exact value with a decimal.</summary>
    public int CompareToBound(decimal bound)
    {
        var mantissa = ExactDecimal.ToScaledInteger(bound, out int scale);
        return (Numerator * ExactDecimal.PowerOfTen(scale)).CompareTo(mantissa * Denominator);
    }

    /// <inheritdoc />
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Returns the value rounded half away from zero, once, to at most <paramref name="maxScale"/> places (fewer when a decimal cannot hold them).</summary>
    /// <exception cref="OverflowException">The integer part does not fit a decimal.</exception>
    internal decimal ToDecimal(int maxScale = ExactDecimal.MaxScale) =>
        ExactDecimal.TryToDecimal(Numerator, Denominator, maxScale, out decimal result)
            ? result
            : throw new OverflowException("The value does not fit a decimal.");

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, denominatorMinusOne);

    /// <summary>Returns e.g. <c>12999/200</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}

/// <summary>A value that can be compared exactly with a decimal bound (a band of a predikat scale).</summary>
internal interface IBoundComparable
{
    /// <summary>Returns a negative number, zero or a positive number as the value is below, at or above <paramref name="bound"/>.</summary>
    int CompareToBound(decimal bound);
}
