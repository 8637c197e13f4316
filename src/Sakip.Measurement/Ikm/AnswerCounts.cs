using System;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>How many respondents gave each answer (1–4) to one element.</summary>
/// <remarks>
/// <para>The default value counts nothing.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct AnswerCounts : IEquatable<AnswerCounts>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="ones">Answers of 1 (tidak baik).</param>
    /// <param name="twos">Answers of 2 (kurang baik).</param>
    /// <param name="threes">Answers of 3 (baik).</param>
    /// <param name="fours">Answers of 4 (sangat baik).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public AnswerCounts(long ones, long twos, long threes, long fours)
    {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ones),
                string.Create(CultureInfo.InvariantCulture, $"Answer counts must not be negative: {ones}, {twos}, {threes}, {fours}."));
        }
        Ones = ones;
        Twos = twos;
        Threes = threes;
        Fours = fours;
    }

    /// <summary>Gets the number of answers of 1.</summary>
    public long Ones { get; }

    /// <summary>Gets the number of answers of 2.</summary>
    public long Twos { get; }

    /// <summary>Gets the number of answers of 3.</summary>
    public long Threes { get; }

    /// <summary>Gets the number of answers of 4.</summary>
    public long Fours { get; }

    /// <summary>Gets the number of answers (unanswered questions are not counted).</summary>
    public long Total => Ones + Twos + Threes + Fours;

    /// <summary>Gets the sum of the answers: <c>1·ones + 2·twos + 3·threes + 4·fours</c>.</summary>
    public long Sum => Ones + (2 * Twos) + (3 * Threes) + (4 * Fours);

    /// <summary>Gets the count of one answer value.</summary>
    /// <param name="answer">The answer, 1 to 4.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is outside 1–4.</exception>
    public long this[int answer] => Preconditions.CheckRange(answer, 1, 4) switch
    {
        1 => Ones,
        2 => Twos,
        3 => Threes,
        _ => Fours,
    };

    /// <inheritdoc />
    public bool Equals(AnswerCounts other) => Ones == other.Ones && Twos == other.Twos && Threes == other.Threes && Fours == other.Fours;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnswerCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ones, Twos, Threes, Fours);

    /// <summary>Returns e.g. <c>[1: 0, 2: 3, 3: 40, 4: 57]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[1: {Ones}, 2: {Twos}, 3: {Threes}, 4: {Fours}]");

    /// <summary>Compares two counts for equality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AnswerCounts left, AnswerCounts right) => left.Equals(right);

    /// <summary>Compares two counts for inequality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AnswerCounts left, AnswerCounts right) => !left.Equals(right);
}

/// <summary>
/// The percentage of respondents who gave each answer (1–4) to one element, as older reports
/// (Kepmenpan 25/2004) print them.
/// </summary>
/// <remarks>
/// <para>The default value is all zeros (which a calculation rejects: it does not sum to 100).</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct AnswerDistribution : IEquatable<AnswerDistribution>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="ones">Percent answering 1.</param>
    /// <param name="twos">Percent answering 2.</param>
    /// <param name="threes">Percent answering 3.</param>
    /// <param name="fours">Percent answering 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is negative or above 100.</exception>
    public AnswerDistribution(decimal ones, decimal twos, decimal threes, decimal fours)
    {
        Ones = Preconditions.CheckRange(ones, 0m, 100m);
        Twos = Preconditions.CheckRange(twos, 0m, 100m);
        Threes = Preconditions.CheckRange(threes, 0m, 100m);
        Fours = Preconditions.CheckRange(fours, 0m, 100m);
    }

    /// <summary>Gets the percent answering 1.</summary>
    public decimal Ones { get; }

    /// <summary>Gets the percent answering 2.</summary>
    public decimal Twos { get; }

    /// <summary>Gets the percent answering 3.</summary>
    public decimal Threes { get; }

    /// <summary>Gets the percent answering 4.</summary>
    public decimal Fours { get; }

    /// <summary>Gets the sum of the four percentages (100 when exact).</summary>
    public decimal Total => Ones + Twos + Threes + Fours;

    /// <summary>Gets <c>1·p1 + 2·p2 + 3·p3 + 4·p4</c>.</summary>
    public decimal WeightedSum => Ones + (2m * Twos) + (3m * Threes) + (4m * Fours);

    /// <inheritdoc />
    public bool Equals(AnswerDistribution other) => Ones == other.Ones && Twos == other.Twos && Threes == other.Threes && Fours == other.Fours;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnswerDistribution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ones, Twos, Threes, Fours);

    /// <summary>Returns e.g. <c>[1: 0%, 2: 3%, 3: 40%, 4: 57%]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[1: {Ones}%, 2: {Twos}%, 3: {Threes}%, 4: {Fours}%]");

    /// <summary>Compares two distributions for equality.</summary>
    /// <param name="left">The first distribution.</param>
    /// <param name="right">The second distribution.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AnswerDistribution left, AnswerDistribution right) => left.Equals(right);

    /// <summary>Compares two distributions for inequality.</summary>
    /// <param name="left">The first distribution.</param>
    /// <param name="right">The second distribution.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AnswerDistribution left, AnswerDistribution right) => !left.Equals(right);
}
