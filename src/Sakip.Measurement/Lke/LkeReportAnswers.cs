using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Model;
using Sakip.Measurement.Review;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Lke;

/// <summary>
/// A criterion answered from the report itself: the answer, and the evidence — how many
/// indicators (or sasaran) the question concerns, how many the report shows, how many of those
/// the review found printed wrong, and which.
/// </summary>
/// <param name="Criterion">The criterion's worksheet code (<c>3.b.1</c>).</param>
/// <param name="Question">What the LKIP must show for it.</param>
/// <param name="Answer">The answer the evidence earns on the worksheet's scale.</param>
/// <param name="Concerned">How many indicators (sasaran, for efficiency) the question concerns.</param>
/// <param name="Shown">How many of them the report shows.</param>
/// <param name="Wrong">How many of those the review found printed wrong (an error, not a rounding note).</param>
/// <param name="Missing">The codes of those the report does not show.</param>
/// <param name="WrongCodes">The codes of those printed wrong.</param>
/// <param name="Evidence">The evidence in Indonesian.</param>
/// <param name="EvidenceEnglish">The evidence in English.</param>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeReportAnswer(string Criterion, LkeReportQuestion Question, LkeAnswer Answer, int Concerned, int Shown, int Wrong,
    EquatableArray<string> Missing, EquatableArray<string> WrongCodes, string Evidence, string EvidenceEnglish);

/// <summary>
/// Answers the criteria of sub-komponen 3.b that a report's own data can answer (realisasi
/// against the annual target, the Renstra target, previous years and a benchmark; efficiency
/// analysed) from the whole-report model and its review.
/// </summary>
/// <remarks>
/// The answer is the highest step of the worksheet's scale whose value does not exceed the share
/// of concerned items the report shows correctly, where an item shown but printed wrong counts
/// half: everything shown and right earns the best answer (A, Y); on the A–E scale three quarters
/// earn B, half C, a quarter D; nothing shown earns the lowest. On Y/T only a complete and correct
/// showing earns Y. For a benchmark, the items concerned are the indicators the report cites a
/// benchmark for; a report that cites none earns the lowest answer.
/// </remarks>
public static class LkeReportAnswers
{
    /// <summary>Answers every criterion of the definition that carries a <see cref="LkeReportQuestion"/>.</summary>
    /// <param name="definition">The worksheet's definition.</param>
    /// <param name="review">The review of the report (it holds the report's results).</param>
    /// <returns>One answer per such criterion, in worksheet order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<LkeReportAnswer> Answer(LkeDefinition definition, ReviewResult review)
    {
        Preconditions.CheckNotNull(definition);
        Preconditions.CheckNotNull(review);
        var answers = new List<LkeReportAnswer>();
        foreach (var k in definition.Komponen)
        {
            foreach (var s in k.SubKomponen)
            {
                foreach (var c in s.Criteria.Where(c => c.ReportQuestion != LkeReportQuestion.None))
                {
                    answers.Add(AnswerOne(LkeDefinition.CodeOf(k, s, c), c.ReportQuestion, definition.AnswerScale, review));
                }
            }
        }
        return answers;
    }

    /// <summary>Returns the worksheet with the report-derived criteria answered from the report; every other answer is kept.</summary>
    /// <param name="worksheet">The worksheet as the evaluator filled it.</param>
    /// <param name="review">The review of the report.</param>
    /// <returns>The worksheet with those criteria's answers replaced.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LkeWorksheet Fill(LkeWorksheet worksheet, ReviewResult review)
    {
        Preconditions.CheckNotNull(worksheet);
        var filled = worksheet;
        foreach (var answer in Answer(worksheet.Definition, review))
        {
            filled = filled.With(answer.Criterion, answer.Answer.Code);
        }
        return filled;
    }

    private static LkeReportAnswer AnswerOne(string code, LkeReportQuestion question, LkeAnswerScale scale, ReviewResult review)
    {
        var results = review.Results;
        var year = results.Year;
        var indicators = results.Renstra.SelectMany(r => r.Indicators).ToArray();
        var printed = results.Printed;
        bool IsThisYear(FigureId figure) => (figure.Year ?? year) == year;
        bool PrintedFor(string subject, Func<FigureId, bool> figure) => printed.Any(p => p.Figure.Subject == subject && figure(p.Figure));
        bool WrongFor(string subject, Func<FigureId, bool> figure) => review.Findings.Any(f => f.Severity == FindingSeverity.Error
            && f.Figure is { } id && id.Subject == subject && figure(id));

        (string[] Concerned, Func<FigureId, bool> Figure, string What, string WhatEnglish) item = question switch
        {
            LkeReportQuestion.AgainstAnnualTarget => (indicators.Select(i => i.IndikatorCode).ToArray(),
                f => (f.Kind is FigureKind.Capaian or FigureKind.Predikat) && IsThisYear(f), "capaian terhadap target tahunan", "capaian against the annual target"),
            LkeReportQuestion.AgainstRenstraTarget => (indicators.Select(i => i.IndikatorCode).ToArray(),
                f => f.Kind == FigureKind.RenstraComparison, "capaian terhadap target Renstra", "capaian against the Renstra target"),
            LkeReportQuestion.AgainstPreviousYears => (indicators.Select(i => i.IndikatorCode).ToArray(),
                f => (f.Kind is FigureKind.Realisasi or FigureKind.Capaian) && f.Year is { } y && y.CompareTo(year) < 0, "perbandingan dengan tahun sebelumnya", "comparison with previous years"),
            LkeReportQuestion.AgainstBenchmark => (indicators.Where(i => i.Benchmark is not null).Select(i => i.IndikatorCode).ToArray(),
                f => f.Kind == FigureKind.BenchmarkComparison, "perbandingan dengan standar nasional/provinsi", "comparison with a national or provincial benchmark"),
            LkeReportQuestion.Efficiency => (results.Renstra.SelectMany(r => r.Sasaran).Where(s => s.Budget is not null).Select(s => s.SasaranCode).ToArray(),
                f => f.Kind == FigureKind.Efficiency, "analisis efisiensi", "efficiency analysis"),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Not a question a report answers."),
        };
        // A benchmark is shown when the report cites one for the indicator (the data file records only cited ones).
        var shown = question == LkeReportQuestion.AgainstBenchmark
            ? item.Concerned
            : item.Concerned.Where(c => PrintedFor(c, item.Figure)).ToArray();
        var missing = item.Concerned.Except(shown, StringComparer.Ordinal).ToArray();
        var wrong = shown.Where(c => WrongFor(c, item.Figure)).ToArray();
        var share = item.Concerned.Length == 0 ? Rational.Zero
            : Rational.Of((2 * shown.Length) - wrong.Length, 2 * item.Concerned.Length);
        var answer = scale.Answers.Last(a => Rational.FromDecimal(a.Value).CompareTo(share) <= 0 || a.Equals(scale.Answers[0]));
        string unit = question == LkeReportQuestion.Efficiency ? "sasaran" : "indikator";
        string unitEnglish = question == LkeReportQuestion.Efficiency ? "sasaran" : "indicators";
        string evidence = item.Concerned.Length == 0
            ? $"Laporan tidak memuat {item.What}: tidak ada {unit} yang dapat dibandingkan."
            : string.Create(CultureInfo.InvariantCulture, $"{shown.Length} dari {item.Concerned.Length} {unit} dengan {item.What} tercetak")
              + (missing.Length > 0 ? $" (tidak ada: {string.Join(", ", missing)})" : string.Empty)
              + string.Create(CultureInfo.InvariantCulture, $"; {wrong.Length} salah menurut reviu")
              + (wrong.Length > 0 ? $" ({string.Join(", ", wrong)})" : string.Empty) + ".";
        string english = item.Concerned.Length == 0
            ? $"The report shows no {item.WhatEnglish}: no {unitEnglish} to compare."
            : string.Create(CultureInfo.InvariantCulture, $"{item.WhatEnglish} printed for {shown.Length} of {item.Concerned.Length} {unitEnglish}")
              + (missing.Length > 0 ? $" (missing: {string.Join(", ", missing)})" : string.Empty)
              + string.Create(CultureInfo.InvariantCulture, $"; {wrong.Length} wrong according to the review")
              + (wrong.Length > 0 ? $" ({string.Join(", ", wrong)})" : string.Empty) + ".";
        return new LkeReportAnswer(code, question, answer, item.Concerned.Length, shown.Length, wrong.Length,
            EquatableArray.Create(missing), EquatableArray.Create(wrong), evidence, char.ToUpperInvariant(english[0]) + english[1..]);
    }
}
