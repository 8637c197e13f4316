using System;
using System.Globalization;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>The result of one element (unsur): its NRR, weight, weighted NRR, converted value and mutu.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IkmElementResult
{
    internal IkmElementResult(SurveyElement element, long answers, decimal nrr, decimal weight, decimal weightedNrr, decimal converted, PredikatBand mutu)
    {
        Element = element;
        Answers = answers;
        Nrr = nrr;
        Weight = weight;
        WeightedNrr = weightedNrr;
        Converted = converted;
        Mutu = mutu;
    }

    /// <summary>Gets the element.</summary>
    public SurveyElement Element { get; }

    /// <summary>Gets the number of answers to the element (unanswered questions excluded).</summary>
    public long Answers { get; }

    /// <summary>Gets the NRR (nilai rata-rata): sum of answers / number of answers, 1–4, unrounded.</summary>
    public decimal Nrr { get; }

    /// <summary>Gets the element's weight.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the weighted NRR: NRR × weight (NRR / n for exact weights, divided once rather than multiplied by a rounded 1/n).</summary>
    public decimal WeightedNrr { get; }

    /// <summary>Gets the element's converted value: NRR × the definition's conversion factor (25, giving 25–100).</summary>
    public decimal Converted { get; }

    /// <summary>Gets the element's mutu pelayanan grade on the converted value.</summary>
    public PredikatBand Mutu { get; }
}

/// <summary>
/// An IKM (Indeks Kepuasan Masyarakat) result: per element NRR and mutu, the unit value (1–4),
/// the converted IKM (25–100), its mutu pelayanan, the respondent count and the elements ranked
/// weakest first.
/// </summary>
/// <remarks>
/// <para>An IKM is a ratio of integers, and the library computes it as one: every figure is an
/// exact fraction until it is stored, then rounded once, half away from zero, to the 28 significant
/// digits a decimal holds. The mutu grades compare the exact fractions with the band bounds, so
/// an exact tie such as 64,995 is C, never D. To print a figure, use <see cref="RoundValue"/>:
/// it rounds the exact IKM once to the places printed (64,995 → 65,00), where formatting
/// <see cref="Value"/> would round a second time.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record IkmResult
{
    internal IkmResult(IkmDefinition definition, IkmWeighting weighting, EquatableArray<IkmElementResult> elements,
        EquatableArray<IkmElementResult> weakestFirst, Rational unitValue, Rational value, long respondents, RespondentScoreStatistics? respondentScores)
    {
        Definition = definition;
        Weighting = weighting;
        Elements = elements;
        WeakestFirst = weakestFirst;
        UnitValue = unitValue.ToDecimal();
        ExactValue = value;
        Value = value.ToDecimal();
        Mutu = definition.MutuScale.Classify(value);
        Respondents = respondents;
        RespondentScores = respondentScores;
    }

    /// <summary>Gets the questionnaire.</summary>
    public IkmDefinition Definition { get; }

    /// <summary>Gets the weighting used.</summary>
    public IkmWeighting Weighting { get; }

    /// <summary>Gets the per-element results, in questionnaire order.</summary>
    public EquatableArray<IkmElementResult> Elements { get; }

    /// <summary>Gets the per-element results ordered from the lowest NRR (ties in questionnaire order): what recommendations start from.</summary>
    public EquatableArray<IkmElementResult> WeakestFirst { get; }

    /// <summary>Gets the IKM unit value: Σ NRR × weight (1–4 with exact weights), the exact fraction rounded once to 28 significant digits.</summary>
    public decimal UnitValue { get; }

    /// <summary>Gets the IKM on the converted scale: unit value × the definition's conversion factor (25, giving 25–100), the exact fraction rounded once to 28 significant digits.</summary>
    public decimal Value { get; }

    /// <summary>Gets the IKM as the exact fraction every other figure is rounded from.</summary>
    internal Rational ExactValue { get; }

    /// <summary>
    /// Returns the IKM rounded once from its exact value, half away from zero, to a number of
    /// decimal places: the figure a report prints (an IKM of exactly 76,875 is 76,88 at two places).
    /// </summary>
    /// <param name="decimalPlaces">The places to keep, 0 to 20.</param>
    /// <returns>The rounded IKM on the converted scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> lies outside 0–20.</exception>
    public decimal RoundValue(int decimalPlaces) => ExactValue.ToDecimal(Preconditions.CheckRange(decimalPlaces, 0, 20));

    /// <summary>Gets the mutu pelayanan grade of <see cref="Value"/>.</summary>
    public PredikatBand Mutu { get; }

    /// <summary>Gets the number of respondents.</summary>
    public long Respondents { get; }

    /// <summary>Gets respondent-level statistics when the raw answers were seen (not for counts or distributions).</summary>
    public RespondentScoreStatistics? RespondentScores { get; }

    /// <summary>
    /// Returns the margin of error of the IKM on the 25–100 scale:
    /// <c>z × s / √n × √((N − n) / (N − 1)) × 25</c>, where <c>s</c> is the sample standard deviation of
    /// the respondents' mean scores (each respondent's mean over the elements answered), <c>n</c> the
    /// respondents with answers and <c>N</c> the population (the finite-population correction is left
    /// out when <paramref name="population"/> is null). With equal weights and complete answers the
    /// IKM is exactly the mean of those scores × 25, so this is the standard error of a mean.
    /// </summary>
    /// <param name="z">The normal quantile of the confidence level: 1,96 for 95 %.</param>
    /// <param name="population">The population served, if known (at least the respondent count).</param>
    /// <returns>The margin of error, or <see langword="null"/> when the raw answers were not seen or fewer than two respondents answered.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not positive, or <paramref name="population"/> is below the respondent count.</exception>
    public decimal? MarginOfError(decimal z, long? population)
    {
        Preconditions.CheckPositive(z);
        if (RespondentScores is not { Count: >= 2 } stats)
        {
            return null;
        }
        decimal n = stats.Count;
        decimal variance = (stats.SumOfSquares - (stats.Sum * stats.Sum / n)) / (n - 1m);
        decimal standardError = DecimalMath.Sqrt(Math.Max(variance, 0m) / n);
        if (population.HasValue)
        {
            long big = population.GetValueOrDefault();
            if (big < stats.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(population), big,
                    string.Create(CultureInfo.InvariantCulture, $"The population is smaller than the {stats.Count} respondents."));
            }
            standardError *= big <= 1 ? 0m : DecimalMath.Sqrt((decimal)(big - stats.Count) / (big - 1));
        }
        return z * standardError * Definition.ConversionFactor;
    }
}

/// <summary>An IKM combined over several services (layanan), weighted by respondents.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IkmCombination
{
    internal IkmCombination(Rational value, long respondents, PredikatScale mutuScale, EquatableArray<IkmResult> parts)
    {
        ExactValue = value;
        Value = value.ToDecimal();
        Respondents = respondents;
        Mutu = mutuScale.Classify(value);
        Parts = parts;
    }

    /// <summary>Gets Σ respondents × IKM / Σ respondents, on the 25–100 scale, from the parts' exact values, rounded once to 28 significant digits.</summary>
    public decimal Value { get; }

    /// <summary>Gets the combined IKM as the exact fraction <see cref="Value"/> is rounded from.</summary>
    internal Rational ExactValue { get; }

    /// <summary>Returns the combined IKM rounded once from its exact value, half away from zero: the figure a report prints.</summary>
    /// <param name="decimalPlaces">The places to keep, 0 to 20.</param>
    /// <returns>The rounded IKM.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> lies outside 0–20.</exception>
    public decimal RoundValue(int decimalPlaces) => ExactValue.ToDecimal(Preconditions.CheckRange(decimalPlaces, 0, 20));

    /// <summary>Gets the respondents of all services.</summary>
    public long Respondents { get; }

    /// <summary>Gets the mutu pelayanan of the combined value.</summary>
    public PredikatBand Mutu { get; }

    /// <summary>Gets the per-service results, in the order given.</summary>
    public EquatableArray<IkmResult> Parts { get; }
}
