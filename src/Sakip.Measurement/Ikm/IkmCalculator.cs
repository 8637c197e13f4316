using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>
/// IKM (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017) from raw answers, per-element answer
/// counts or per-element percentage distributions; all three give the same result for the same
/// survey.
/// </summary>
/// <remarks>
/// <para>NRR of an element = sum of its answers / number of its answers (unanswered questions are
/// left out of that element, not scored 0). Unit value = Σ NRR × weight, weight = 1/n (or the
/// printed legacy weight). IKM = unit value × 25. Nothing is rounded before the final value.</para>
/// </remarks>
public static class IkmCalculator
{
    /// <summary>The default tolerance, in percentage points, for a distribution row's sum to differ from 100.</summary>
    public const decimal DefaultDistributionTolerance = 0.5m;

    /// <summary>Computes the IKM from answer counts.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="weighting">Exact (1/n) or legacy weights.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="SakipDataException">The survey has no respondents, or an element has no answers; the message names it.</exception>
    public static IkmResult Calculate(IkmCounts counts, IkmWeighting weighting = IkmWeighting.Exact)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var definition = counts.Definition;
        CheckRespondents(counts.Respondents);
        var nrr = new Rational[definition.ElementCount];
        var answers = new long[definition.ElementCount];
        for (int i = 0; i < nrr.Length; i++)
        {
            var c = counts.PerElement[i];
            if (c.Total == 0)
            {
                throw new SakipDataException($"Survey.{definition.Elements[i].Code}", "0", "the element has no answers, so its NRR is undefined");
            }
            nrr[i] = Rational.Of(c.Sum, c.Total);
            answers[i] = c.Total;
        }
        return Build(definition, weighting, nrr, answers, counts.Respondents, counts.RespondentScores);
    }

    /// <summary>Computes the IKM from raw answers, one row per respondent (0 = unanswered).</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="respondents">The answers of each respondent, in questionnaire order.</param>
    /// <param name="weighting">Exact (1/n) or legacy weights.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument or row is null.</exception>
    /// <exception cref="ArgumentException">A row has the wrong number of answers.</exception>
    /// <exception cref="SakipDataException">An answer lies outside 0–4, there are no respondents, or an element has no answers.</exception>
    public static IkmResult FromAnswers(IkmDefinition definition, IEnumerable<int[]> respondents, IkmWeighting weighting = IkmWeighting.Exact)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(respondents);
        var tally = new SurveyTally(definition);
        foreach (int[] row in respondents)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(respondents));
            tally.AddRespondent(row);
        }
        return Calculate(tally.ToCounts(), weighting);
    }

    /// <summary>Computes the IKM from per-element percentage distributions, as older reports print them.</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="distributions">One distribution per element, in questionnaire order.</param>
    /// <param name="respondents">The number of respondents.</param>
    /// <param name="weighting">Exact (1/n) or legacy weights.</param>
    /// <param name="tolerance">How far, in percentage points, a row's sum may be from 100 (printed rounding).</param>
    /// <returns>The result. Each NRR is <c>Σ k·p_k / Σ p_k</c>, so a row rounded to 99,99 is normalised, not shifted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> lies outside 0–50.</exception>
    /// <exception cref="SakipDataException">The element count differs from the definition, a row does not sum to 100 within the tolerance, or there are no respondents.</exception>
    public static IkmResult FromDistributions(IkmDefinition definition, IReadOnlyList<AnswerDistribution> distributions, long respondents,
        IkmWeighting weighting = IkmWeighting.Exact, decimal tolerance = DefaultDistributionTolerance)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(distributions);
        Preconditions.CheckRange(tolerance, 0m, 50m);
        if (distributions.Count != definition.ElementCount)
        {
            throw new SakipDataException("Survey.Elements", distributions.Count.ToString(CultureInfo.InvariantCulture),
                $"the questionnaire '{definition.Name}' has {definition.ElementCount} elements");
        }
        CheckRespondents(respondents);
        var nrr = new Rational[definition.ElementCount];
        var answers = new long[definition.ElementCount];
        for (int i = 0; i < nrr.Length; i++)
        {
            var d = distributions[i];
            if (Math.Abs(d.Total - 100m) > tolerance)
            {
                throw new SakipDataException($"Survey.{definition.Elements[i].Code}", d.Total.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"the percentages sum to {d.Total}, not 100 (tolerance {tolerance})"));
            }
            nrr[i] = Rational.FromDecimal(d.WeightedSum) / Rational.FromDecimal(d.Total);
            answers[i] = respondents;
        }
        return Build(definition, weighting, nrr, answers, respondents, null);
    }

    /// <summary>
    /// Computes the IKM from the per-element NRR alone, as older reports print them without the
    /// answers or respondent counts behind them. The result's respondent and answer counts are 0.
    /// </summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="nrr">One NRR (1–4) per element, in questionnaire order, exactly as printed.</param>
    /// <param name="weighting">Exact (1/n) or legacy weights.</param>
    /// <returns>The result, the printed NRR taken as exact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SakipDataException">The element count differs from the definition, or an NRR lies outside 1–4; the message names the element.</exception>
    public static IkmResult FromNrr(IkmDefinition definition, IReadOnlyList<decimal> nrr, IkmWeighting weighting = IkmWeighting.Exact)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(nrr);
        if (nrr.Count != definition.ElementCount)
        {
            throw new SakipDataException("Survey.Elements", nrr.Count.ToString(CultureInfo.InvariantCulture),
                $"the questionnaire '{definition.Name}' has {definition.ElementCount} elements");
        }
        var exact = new Rational[nrr.Count];
        for (int i = 0; i < exact.Length; i++)
        {
            if (nrr[i] is < IkmDefinition.MinAnswer or > IkmDefinition.MaxAnswer)
            {
                throw new SakipDataException($"Survey.{definition.Elements[i].Code}", nrr[i].ToString(CultureInfo.InvariantCulture),
                    "an NRR lies between 1 and 4");
            }
            exact[i] = Rational.FromDecimal(nrr[i]);
        }
        return Build(definition, weighting, exact, new long[exact.Length], 0, null);
    }

    /// <summary>Combines per-service (layanan) results into the unit's IKM, weighted by respondents.</summary>
    /// <param name="parts">The per-service results of one questionnaire.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">There are no parts, or they use different questionnaires.</exception>
    public static IkmCombination Combine(IEnumerable<IkmResult> parts)
    {
        var list = Preconditions.CheckElementsNotNull(parts);
        Preconditions.CheckArgument(!list.IsEmpty, nameof(parts), "There is nothing to combine.");
        var definition = list[0].Definition;
        Preconditions.CheckArgument(list.All(p => p.Definition.Equals(definition)), nameof(parts), "The results use different questionnaires.");
        Preconditions.CheckArgument(list.All(p => p.Weighting == list[0].Weighting), nameof(parts), "The results use different weightings (exact and legacy).");
        long respondents = list.Sum(p => p.Respondents);
        // Exact: Σ respondents × IKM / Σ respondents over the parts' exact values, rounded once.
        var weighted = Rational.Zero;
        foreach (var part in list)
        {
            weighted += part.ExactValue * Rational.Of(part.Respondents, 1);
        }
        return new IkmCombination(weighted / Rational.Of(respondents, 1), respondents, definition.MutuScale, new EquatableArray<IkmResult>(list));
    }

    private static void CheckRespondents(long respondents)
    {
        if (respondents <= 0)
        {
            throw new SakipDataException("Survey.Respondents", respondents.ToString(CultureInfo.InvariantCulture), "the survey has no respondents");
        }
    }

    // Every figure is an exact fraction until it is stored: NRR = Σ answers / answers, unit value
    // = Σ NRR × weight (weight exactly 1/n, or the printed legacy weight), IKM = unit value × 25.
    // Each stored decimal is its fraction rounded once; the mutu grades compare the fractions.
    private static IkmResult Build(IkmDefinition definition, IkmWeighting weighting, Rational[] nrr, long[] answers, long respondents, RespondentScoreStatistics? stats)
    {
        decimal printedWeight = definition.Weight(weighting);
        var weight = weighting == IkmWeighting.Exact ? Rational.Of(1, nrr.Length) : Rational.FromDecimal(printedWeight);
        var factor = Rational.FromDecimal(definition.ConversionFactor);
        var elements = new IkmElementResult[nrr.Length];
        var unit = Rational.Zero;
        for (int i = 0; i < nrr.Length; i++)
        {
            var weighted = nrr[i] * weight;
            var converted = nrr[i] * factor;
            elements[i] = new IkmElementResult(definition.Elements[i], answers[i], nrr[i].ToDecimal(), printedWeight, weighted.ToDecimal(),
                converted.ToDecimal(), definition.MutuScale.Classify(converted));
            unit += weighted;
        }
        var weakest = Enumerable.Range(0, nrr.Length).OrderBy(i => nrr[i]).ThenBy(i => i).Select(i => elements[i]);
        return new IkmResult(definition, weighting, EquatableArray.Create(elements), EquatableArray.Create(weakest), unit, unit * factor, respondents, stats);
    }
}

/// <summary>Minimum survey sample sizes.</summary>
public static class SampleSize
{
    /// <summary>
    /// The Krejcie–Morgan minimum sample for a population, as the table PermenPANRB 14/2017 points
    /// to: <c>n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))</c> with χ² = 3,841, P = 0,5, d = 0,05,
    /// rounded half away from zero (N = 50 → 44, N = 100 → 80, N = 1.000 → 278).
    /// </summary>
    /// <param name="population">The population served; at least 1.</param>
    /// <returns>The minimum number of respondents.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is below 1.</exception>
    public static long KrejcieMorgan(long population) => KrejcieMorgan(population, 3.841m, 0.5m, 0.05m);

    /// <summary>The Krejcie–Morgan formula with other parameters.</summary>
    /// <param name="population">The population; at least 1.</param>
    /// <param name="chiSquare">χ² for one degree of freedom at the confidence level (3,841 for 95 %).</param>
    /// <param name="proportion">The population proportion P, strictly between 0 and 1 (0,5 gives the largest sample).</param>
    /// <param name="marginOfError">The degree of accuracy d, e.g. 0,05.</param>
    /// <returns>The minimum sample, rounded half away from zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static long KrejcieMorgan(long population, decimal chiSquare, decimal proportion, decimal marginOfError)
    {
        if (population < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "The population must be at least 1.");
        }
        Preconditions.CheckPositive(chiSquare);
        if (proportion is <= 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(proportion), proportion, "The proportion P must lie strictly between 0 and 1.");
        }
        Preconditions.CheckPositive(marginOfError);
        decimal pq = proportion * (1m - proportion);
        decimal n = chiSquare * population * pq / ((marginOfError * marginOfError * (population - 1)) + (chiSquare * pq));
        return (long)decimal.Round(n, 0, MidpointRounding.AwayFromZero);
    }
}
