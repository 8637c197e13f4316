using System;

namespace Sakip.Measurement;

/// <summary>
/// One grade of an <see cref="OrdinalScale"/>, e.g. <c>BB</c> on the SAKIP scale or <c>WTP</c>
/// among audit opinions.
/// </summary>
/// <remarks>
/// <para>The default value has no scale; its <see cref="Scale"/> throws. Grades are ordered by
/// rank only within one scale: comparing grades of different scales throws
/// <see cref="ArgumentException"/>.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct OrdinalGrade : IEquatable<OrdinalGrade>, IComparable<OrdinalGrade>
{
    private readonly OrdinalScale? scale;

    internal OrdinalGrade(OrdinalScale scale, int rank)
    {
        this.scale = scale;
        Rank = rank;
    }

    /// <summary>Gets the scale the grade belongs to.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public OrdinalScale Scale => scale ?? throw new InvalidOperationException("A default OrdinalGrade has no scale.");

    /// <summary>Gets the zero-based rank, 0 being the worst grade of the scale.</summary>
    public int Rank { get; }

    /// <summary>Gets the grade's code, e.g. <c>BB</c>.</summary>
    public string Code => Scale.CodeAt(Rank);

    /// <inheritdoc />
    public bool Equals(OrdinalGrade other) => Rank == other.Rank && Equals(scale, other.scale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrdinalGrade other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(scale, Rank);

    /// <summary>Compares two grades of the same scale by rank.</summary>
    /// <param name="other">The other grade.</param>
    /// <returns>A negative number when this grade is worse, zero when equal, positive when better.</returns>
    /// <exception cref="ArgumentException">The grades belong to different scales.</exception>
    public int CompareTo(OrdinalGrade other)
    {
        if (!Equals(scale, other.scale))
        {
            throw new ArgumentException("Grades of different ordinal scales cannot be ordered.", nameof(other));
        }
        return Rank.CompareTo(other.Rank);
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code, or an empty string for the default value.</returns>
    public override string ToString() => scale is null ? string.Empty : Code;

    /// <summary>Compares two grades for equality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when both are the same grade of the same scale.</returns>
    public static bool operator ==(OrdinalGrade left, OrdinalGrade right) => left.Equals(right);

    /// <summary>Compares two grades for inequality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when the grades differ.</returns>
    public static bool operator !=(OrdinalGrade left, OrdinalGrade right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is a worse grade than <paramref name="right"/>.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The grades belong to different scales.</exception>
    public static bool operator <(OrdinalGrade left, OrdinalGrade right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is a better grade than <paramref name="right"/>.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The grades belong to different scales.</exception>
    public static bool operator >(OrdinalGrade left, OrdinalGrade right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is not better than <paramref name="right"/>.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The grades belong to different scales.</exception>
    public static bool operator <=(OrdinalGrade left, OrdinalGrade right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is not worse than <paramref name="right"/>.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>The comparison result.</returns>
    /// <exception cref="ArgumentException">The grades belong to different scales.</exception>
    public static bool operator >=(OrdinalGrade left, OrdinalGrade right) => left.CompareTo(right) >= 0;
}
