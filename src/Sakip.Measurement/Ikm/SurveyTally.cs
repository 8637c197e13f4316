using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>
/// Respondent-level statistics of the respondents' mean scores (each respondent's mean over the
/// elements they answered, 1–4), kept so that a margin of error can be stated.
/// </summary>
/// <param name="Count">Respondents with at least one answer.</param>
/// <param name="Sum">Sum of the respondents' mean scores.</param>
/// <param name="SumOfSquares">Sum of the squares of the respondents' mean scores.</param>
public readonly record struct RespondentScoreStatistics(long Count, decimal Sum, decimal SumOfSquares);

/// <summary>
/// Answer counts of a survey (per element, how many 1s, 2s, 3s and 4s) and its respondent count:
/// the immutable input an IKM is computed from, whichever shape the data came in.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IkmCounts
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="perElement">The counts of each element, in questionnaire order.</param>
    /// <param name="respondents">The number of respondents (at least every element's answer total).</param>
    /// <param name="respondentScores">Respondent-level statistics, when the raw answers were seen.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="SakipDataException">The element count differs from the definition, or an element has more answers than there are respondents.</exception>
    public IkmCounts(IkmDefinition definition, IEnumerable<AnswerCounts> perElement, long respondents, RespondentScoreStatistics? respondentScores = null)
    {
        Definition = Preconditions.CheckNotNull(definition);
        ArgumentNullException.ThrowIfNull(perElement);
        var counts = EquatableArray.Create(perElement);
        if (counts.Count != definition.ElementCount)
        {
            throw new SakipDataException("Survey.Elements", counts.Count.ToString(CultureInfo.InvariantCulture),
                $"the questionnaire '{definition.Name}' has {definition.ElementCount} elements");
        }
        if (respondents < 0)
        {
            throw new SakipDataException("Survey.Respondents", respondents.ToString(CultureInfo.InvariantCulture), "the respondent count is negative");
        }
        for (int i = 0; i < counts.Count; i++)
        {
            if (counts[i].Total > respondents)
            {
                throw new SakipDataException($"Survey.{definition.Elements[i].Code}", counts[i].Total.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"the element has more answers than the {respondents} respondents"));
            }
        }
        PerElement = counts;
        Respondents = respondents;
        RespondentScores = respondentScores;
    }

    /// <summary>Gets the questionnaire.</summary>
    public IkmDefinition Definition { get; }

    /// <summary>Gets the counts of each element, in questionnaire order.</summary>
    public EquatableArray<AnswerCounts> PerElement { get; }

    /// <summary>Gets the number of respondents.</summary>
    public long Respondents { get; }

    /// <summary>Gets respondent-level statistics, when the raw answers were seen.</summary>
    public RespondentScoreStatistics? RespondentScores { get; }
}

/// <summary>
/// Accumulates raw survey answers respondent by respondent without allocating: per element, how
/// many 1s, 2s, 3s and 4s. Tallies of batches can be merged; the order of respondents and the
/// way they are split into batches do not change the result.
/// </summary>
/// <remarks>
/// <para>This is a mutable builder (like <c>StringBuilder</c>), kept apart from the immutable
/// results; <see cref="ToCounts"/> takes an immutable snapshot.</para>
/// <threadsafety>Instances are not thread-safe; use one tally per thread and merge them.</threadsafety>
/// </remarks>
public sealed class SurveyTally
{
    /// <summary>The answer value meaning "not answered".</summary>
    public const int Unanswered = 0;

    private readonly long[] counts; // element * 4 + (answer - 1)

    // Respondents binned by (number of answers, sum of answers): integer-only while tallying, so
    // adding is cheap and exact, and the respondent statistics derived from the bins do not depend
    // on the order of respondents or on how they were split into batches.
    private readonly long[] respondentBins;
    private readonly int sumsPerAnswerCount;
    private long respondents;
    private long emptyResponses;

    /// <summary>Initializes an empty tally.</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public SurveyTally(IkmDefinition definition)
    {
        Definition = Preconditions.CheckNotNull(definition);
        counts = new long[definition.ElementCount * IkmDefinition.AnswerCount];
        sumsPerAnswerCount = (definition.ElementCount * IkmDefinition.MaxAnswer) + 1;
        respondentBins = new long[(definition.ElementCount + 1) * sumsPerAnswerCount];
    }

    /// <summary>Gets the questionnaire.</summary>
    public IkmDefinition Definition { get; }

    /// <summary>Gets the number of respondents added (each answered at least one element).</summary>
    public long Respondents => respondents;

    /// <summary>
    /// Gets the number of responses that answered no element at all. They are not respondents:
    /// they change no count and are not in <see cref="Respondents"/>, which weights services in
    /// <see cref="IkmCalculator.Combine"/>; this count says how many were set aside.
    /// </summary>
    public long EmptyResponses => emptyResponses;

    /// <summary>Adds one respondent's answers.</summary>
    /// <param name="answers">One answer per element in questionnaire order: 1–4, or <see cref="Unanswered"/> (0).</param>
    /// <exception cref="ArgumentException">The number of answers differs from the number of elements.</exception>
    /// <exception cref="SakipDataException">An answer lies outside 0–4; the message names the element and the value. Nothing of the respondent is added.</exception>
    public void AddRespondent(ReadOnlySpan<int> answers)
    {
        if (answers.Length != Definition.ElementCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {Definition.ElementCount} answers, got {answers.Length}."), nameof(answers));
        }
        int sum = 0;
        int answered = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            int a = answers[i];
            if (a < Unanswered || a > IkmDefinition.MaxAnswer)
            {
                throw new SakipDataException(
                    string.Create(CultureInfo.InvariantCulture, $"Survey.Respondent[{respondents + 1}].{Definition.Elements[i].Code}"),
                    a.ToString(CultureInfo.InvariantCulture), "an answer must be 1–4 (or 0 for unanswered)");
            }
            if (a != Unanswered)
            {
                sum += a;
                answered++;
            }
        }
        for (int i = 0; i < answers.Length; i++)
        {
            int a = answers[i];
            if (a != Unanswered)
            {
                counts[(i * IkmDefinition.AnswerCount) + a - 1]++;
            }
        }
        if (answered == 0)
        {
            emptyResponses++;
            return;
        }
        respondents++;
        respondentBins[(answered * sumsPerAnswerCount) + sum]++;
    }

    /// <summary>
    /// Adds many respondents whose answers are stored one byte each, respondent after respondent
    /// (the shape of a survey export or a memory-mapped file): bytes 0 … E−1 are the first
    /// respondent's answers to the E elements, bytes E … 2E−1 the second's, and so on. The same
    /// as <see cref="AddRespondent"/> for each respondent in turn, counted with vector
    /// instructions and without allocating.
    /// </summary>
    /// <param name="answers">E answers per respondent in questionnaire order: 1–4, or <see cref="Unanswered"/> (0).</param>
    /// <exception cref="ArgumentException">The number of answers is not a multiple of the number of elements.</exception>
    /// <exception cref="SakipDataException">An answer lies outside 0–4; the message names the respondent (counting on from the respondents already added), the element and the value. Nothing of the batch is added.</exception>
    public void AddRespondents(ReadOnlySpan<byte> answers)
    {
        int elements = Definition.ElementCount;
        Preconditions.CheckArgument(answers.Length % elements == 0, nameof(answers),
            "{0} answers are not a whole number of respondents of {1} elements.", answers.Length, elements);
        int bad = AnswerBytes.Tally(answers, elements, counts, respondentBins, sumsPerAnswerCount);
        if (bad >= 0)
        {
            int row = bad / elements;
            throw new SakipDataException(
                string.Create(CultureInfo.InvariantCulture, $"Survey.Respondent[{respondents + row + 1}].{Definition.Elements[bad % elements].Code}"),
                answers[bad].ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"an answer must be 1–4 (or 0 for unanswered); row {row + 1} of the batch, nothing of which is added"));
        }
        // Bin 0 (no answer at all) holds the responses that are not respondents.
        long empty = respondentBins[0];
        respondentBins[0] = 0;
        emptyResponses += empty;
        respondents += (answers.Length / elements) - empty;
    }

    /// <summary>Adds every respondent of another tally of the same questionnaire (merging batches).</summary>
    /// <param name="other">The other tally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The tallies belong to different questionnaires.</exception>
    public void Add(SurveyTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Preconditions.CheckArgument(other.Definition.Equals(Definition), nameof(other), "The tallies belong to different questionnaires.");
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < respondentBins.Length; i++)
        {
            respondentBins[i] += other.respondentBins[i];
        }
        respondents += other.respondents;
        emptyResponses += other.emptyResponses;
    }

    /// <summary>Returns the counts of one element.</summary>
    /// <param name="element">The element's zero-based index.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="element"/> is not an element index.</exception>
    public AnswerCounts CountsOf(int element)
    {
        Preconditions.CheckRange(element, 0, Definition.ElementCount - 1);
        int b = element * IkmDefinition.AnswerCount;
        return new AnswerCounts(counts[b], counts[b + 1], counts[b + 2], counts[b + 3]);
    }

    /// <summary>Takes an immutable snapshot of the counts.</summary>
    /// <returns>The counts, with respondent-level statistics.</returns>
    public IkmCounts ToCounts() => new(
        Definition,
        Enumerable.Range(0, Definition.ElementCount).Select(CountsOf),
        respondents,
        RespondentStatistics());

    private RespondentScoreStatistics RespondentStatistics()
    {
        long scored = 0;
        decimal sum = 0m;
        decimal squares = 0m;
        for (int answered = 1; answered <= Definition.ElementCount; answered++)
        {
            for (int total = answered; total <= answered * IkmDefinition.MaxAnswer; total++)
            {
                long n = respondentBins[(answered * sumsPerAnswerCount) + total];
                if (n == 0)
                {
                    continue;
                }
                decimal mean = (decimal)total / answered;
                scored += n;
                sum += n * mean;
                squares += n * mean * mean;
            }
        }
        return new RespondentScoreStatistics(scored, sum, squares);
    }
}
