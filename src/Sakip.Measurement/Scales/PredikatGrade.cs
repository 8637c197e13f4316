using System;

namespace Sakip.Measurement.Scales;

/// <summary>Whether a value got a predikat and, if not, why.</summary>
public enum PredikatGradeStatus
{
    /// <summary>No value was graded (the default of <see cref="PredikatGrade"/>).</summary>
    NotGraded = 0,

    /// <summary>The value lies in a band.</summary>
    Graded = 1,

    /// <summary>The value lies in a hole between two bands of a scale as printed (e.g. 80,5 between "61–80" and "81–100"); no band is guessed.</summary>
    InGap = 2,

    /// <summary>The value lies below the lowest band.</summary>
    BelowScale = 3,

    /// <summary>The value lies above the highest band.</summary>
    AboveScale = 4,
}

/// <summary>
/// The outcome of grading a value on a <see cref="PredikatScale"/>: the band, or the status that
/// says why there is none (a hole in a printed scale, or a value outside the scale).
/// </summary>
/// <remarks>
/// <para>The default value has status <see cref="PredikatGradeStatus.NotGraded"/> and no band.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct PredikatGrade : IEquatable<PredikatGrade>
{
    internal PredikatGrade(PredikatGradeStatus status, PredikatBand? band)
    {
        Status = status;
        Band = band;
    }

    /// <summary>Gets whether the value was graded and, if not, why.</summary>
    public PredikatGradeStatus Status { get; }

    /// <summary>Gets the band when <see cref="Status"/> is <see cref="PredikatGradeStatus.Graded"/>; otherwise <see langword="null"/>.</summary>
    public PredikatBand? Band { get; }

    /// <summary>Gets a value indicating whether the value got a band.</summary>
    public bool IsGraded => Status == PredikatGradeStatus.Graded;

    /// <inheritdoc />
    public bool Equals(PredikatGrade other) => Status == other.Status && Equals(Band, other.Band);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PredikatGrade other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Band);

    /// <summary>Returns the band's code and label (<c>A Memuaskan</c>) or the status (<c>InGap</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Band is { } band ? $"{band.Code} {band.Label}" : Status.ToString();

    /// <summary>Compares two grades for equality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PredikatGrade left, PredikatGrade right) => left.Equals(right);

    /// <summary>Compares two grades for inequality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PredikatGrade left, PredikatGrade right) => !left.Equals(right);
}
