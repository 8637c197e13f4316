using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Scales;

namespace Sakip.Measurement.Ipp;

/// <summary>The score of one IPP aspect (0–5) and its weighted contribution to the index.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppAspectScore
{
    internal IppAspectScore(IppAspect aspect, decimal score)
    {
        Aspect = aspect;
        Score = score;
        Contribution = aspect.Weight * score / 100m;
    }

    /// <summary>Gets the aspect.</summary>
    public IppAspect Aspect { get; }

    /// <summary>Gets the aspect's score, 0–5 (Σ sub-indicator weight × score / 100 when scored from sub-indicators).</summary>
    public decimal Score { get; }

    /// <summary>Gets the aspect's weight × score / 100.</summary>
    public decimal Contribution { get; }
}

/// <summary>An IPP form score (0–5) built from aspect scores, with its category.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IppAssessment
{
    internal IppAssessment(IppInstrument instrument, EquatableArray<IppAspectScore> aspects, decimal value)
    {
        Instrument = instrument;
        Aspects = aspects;
        Value = value;
        Category = IppScale.PermenPanRb29Tahun2022.Classify(value);
    }

    /// <summary>Gets the instrument.</summary>
    public IppInstrument Instrument { get; }

    /// <summary>Gets the aspect scores, in instrument order.</summary>
    public EquatableArray<IppAspectScore> Aspects { get; }

    /// <summary>Gets Σ aspect contributions, 0–5.</summary>
    public decimal Value { get; }

    /// <summary>Gets the category of <see cref="Value"/> on <see cref="IppScale.PermenPanRb29Tahun2022"/>.</summary>
    public PredikatBand Category { get; }
}

/// <summary>
/// IPP (Indeks Pelayanan Publik, PermenPANRB 29/2022; instruments PermenPANRB 5/2023) on the
/// 0–5 scale: aspect scores from sub-indicator scores, the form score from aspect scores, and
/// the composition of forms F-02 and F-03.
/// </summary>
public static class IppCalculator
{
    /// <summary>Scores a form from sub-indicator scores.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="subIndicatorScores">A score 0–5 for every sub-indicator code.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SakipDataException">A sub-indicator has no score, a score lies outside 0–5, or a code is unknown.</exception>
    public static IppAssessment Score(IppInstrument instrument, IReadOnlyDictionary<string, decimal> subIndicatorScores)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(subIndicatorScores);
        var known = instrument.Aspects.SelectMany(a => a.SubIndicators).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (string code in subIndicatorScores.Keys)
        {
            if (!known.Contains(code))
            {
                throw new SakipDataException("Ipp.Scores", code, "the instrument has no such sub-indicator");
            }
        }
        var aspectScores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var aspect in instrument.Aspects)
        {
            decimal score = 0m;
            foreach (var sub in aspect.SubIndicators)
            {
                if (!subIndicatorScores.TryGetValue(sub.Code, out decimal s))
                {
                    throw new SakipDataException($"Ipp.Scores[{sub.Code}]", null, "the sub-indicator has no score");
                }
                score += sub.Weight * CheckScore($"Ipp.Scores[{sub.Code}]", s) / 100m;
            }
            aspectScores[aspect.Code] = score;
        }
        return FromAspectScores(instrument, aspectScores);
    }

    /// <summary>Scores a form from aspect scores.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="aspectScores">A score 0–5 for every aspect code.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SakipDataException">An aspect has no score, a score lies outside 0–5, or a code is unknown.</exception>
    public static IppAssessment FromAspectScores(IppInstrument instrument, IReadOnlyDictionary<string, decimal> aspectScores)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(aspectScores);
        foreach (string code in aspectScores.Keys)
        {
            if (!instrument.Aspects.Any(a => a.Code == code))
            {
                throw new SakipDataException("Ipp.AspectScores", code, "the instrument has no such aspect");
            }
        }
        var scores = new List<IppAspectScore>();
        decimal total = 0m;
        foreach (var aspect in instrument.Aspects)
        {
            if (!aspectScores.TryGetValue(aspect.Code, out decimal s))
            {
                throw new SakipDataException($"Ipp.AspectScores[{aspect.Code}]", null, "the aspect has no score");
            }
            var score = new IppAspectScore(aspect, CheckScore($"Ipp.AspectScores[{aspect.Code}]", s));
            scores.Add(score);
            total += score.Contribution;
        }
        return new IppAssessment(instrument, EquatableArray.Create<IppAspectScore>(scores), total);
    }

    /// <summary>Composes the IPP from the F-02 and F-03 form scores.</summary>
    /// <param name="f02">The F-02 score (assessor's review of the unit's self-assessment F-01), 0–5.</param>
    /// <param name="f03">The F-03 score (service users' assessment), 0–5.</param>
    /// <param name="composition">The form shares (<see cref="IppComposition.Default"/>: 75 % / 25 %).</param>
    /// <returns>The IPP, 0–5.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    /// <exception cref="SakipDataException">A score lies outside 0–5.</exception>
    public static decimal Compose(decimal f02, decimal f03, IppComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        return ((composition.F02Share * CheckScore("Ipp.F02", f02)) + (composition.F03Share * CheckScore("Ipp.F03", f03))) / 100m;
    }

    private static decimal CheckScore(string path, decimal score) =>
        score is < 0m or > 5m
            ? throw new SakipDataException(path, score.ToString(CultureInfo.InvariantCulture), "an IPP score must lie in 0–5")
            : score;
}

/// <summary>The IPP category scale as data.</summary>
public static class IppScale
{
    /// <summary>
    /// Gets the nine IPP categories of PermenPANRB 29/2022 on 0–5: A 4,51–5,00 Pelayanan Prima;
    /// A− 4,01–4,50 Sangat Baik; B 3,51–4,00 Baik; B− 3,01–3,50 Baik (dengan catatan); C
    /// 2,51–3,00 Cukup; C− 2,01–2,50 Cukup (dengan catatan); D 1,51–2,00 Buruk; E 1,01–1,50
    /// Sangat Buruk; F 0–1,00 Gagal. The printed two-decimal ranges leave gaps (4,50–4,51 …); each
    /// is closed at its midpoint, so a value gets the category its two-decimal rounding (half away
    /// from zero) is printed with: 4,504 prints 4,50 and is A−, 4,505 prints 4,51 and is A. Labels differ between reports
    /// (Kencong prints "Prioritas Pembinaan" for D and E): relabel with
    /// <see cref="PredikatScale.WithLabels"/>.
    /// </summary>
    public static PredikatScale PermenPanRb29Tahun2022 { get; } = PredikatScale.Create(
        "IPP (PermenPANRB 29/2022)",
        [
            new PredikatBand("A", "Pelayanan Prima", BandBound.Inclusive(4.505m), BandBound.Inclusive(5m)),
            new PredikatBand("A-", "Sangat Baik", BandBound.Inclusive(4.005m), BandBound.Exclusive(4.505m)),
            new PredikatBand("B", "Baik", BandBound.Inclusive(3.505m), BandBound.Exclusive(4.005m)),
            new PredikatBand("B-", "Baik (dengan catatan)", BandBound.Inclusive(3.005m), BandBound.Exclusive(3.505m)),
            new PredikatBand("C", "Cukup", BandBound.Inclusive(2.505m), BandBound.Exclusive(3.005m)),
            new PredikatBand("C-", "Cukup (dengan catatan)", BandBound.Inclusive(2.005m), BandBound.Exclusive(2.505m)),
            new PredikatBand("D", "Buruk", BandBound.Inclusive(1.505m), BandBound.Exclusive(2.005m)),
            new PredikatBand("E", "Sangat Buruk", BandBound.Inclusive(1.005m), BandBound.Exclusive(1.505m)),
            new PredikatBand("F", "Gagal", BandBound.Inclusive(0m), BandBound.Exclusive(1.005m)),
        ]);
}
