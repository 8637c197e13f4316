using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Ipp;
using Sakip.Measurement.Model;
using Sakip.Measurement.Results;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// Computes every chapter III table of an <see cref="Lkip"/> in one call, under the report's own
/// policies. Pure: the same report always gives equal results.
/// </summary>
public static class LkipCalculator
{
    /// <summary>Computes the report's results.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The result tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <remarks>
    /// A report with content errors still gives results: an IKM input that cannot give an IKM (no
    /// respondents, an unsur without answers) or IPP scores outside 0–5 leave that figure out and
    /// are listed in <see cref="LkipResults.Problems"/> with the field they concern.
    /// </remarks>
    public static LkipResults Calculate(Lkip report)
    {
        Preconditions.CheckNotNull(report);
        var policies = report.Policies;
        var budget = report.Budget is { } tree ? BudgetRollup.Calculate(tree, policies.Pagu) : null;
        // Printed occurrences indexed once by figure: each row looks its own up.
        var printed = report.Printed.ToLookup(p => p.Figure);
        var renstra = report.Unit.RenstraFor(report.Year).Select(r => ForRenstra(report, printed, r, budget)).ToArray();
        var problems = new List<DataProblem>();
        var ikm = Attempt<IkmResult?>(report.Ikm is { } ikmInput ? ikmInput.Calculate : null, problems);
        decimal? ipp = report.Ipp is { } input
            ? input.Value ?? Attempt<decimal?>(input.F02 is { } f02 && input.F03 is { } f03 ? () => IppCalculator.Compose(f02, f03, IppComposition.Default) : null, problems)
            : null;
        var category = ipp is { } value ? IppScale.PermenPanRb29Tahun2022.Grade(value) : default;
        return new LkipResults(report.Year, policies, EquatableArray.Create(renstra), budget, ikm, ipp, category, report.Printed, EquatableArray.Create<DataProblem>(problems));
    }

    // A figure whose input the calculator refuses as bad data is left out and its problem kept:
    // the rest of the report is still computed.
    private static T? Attempt<T>(Func<T>? calculate, List<DataProblem> problems)
    {
        if (calculate is null)
        {
            return default;
        }
        try
        {
            return calculate();
        }
        catch (SakipDataException e)
        {
            problems.Add(new DataProblem(e.FieldPath ?? string.Empty, e.Value, e.Message));
            return default;
        }
    }

    private static RenstraResult ForRenstra(Lkip report, ILookup<FigureId, PrintedFigure> printedFigures, Renstra renstra, BudgetRealisation? budget)
    {
        var policies = report.Policies;
        var indicators = new List<IndicatorResult>();
        var sasaranResults = new List<SasaranResult>();
        var sasaranCapaian = new List<CapaianMean>();
        var indicatorCapaian = new List<CapaianResult>();
        foreach (var tujuan in renstra.Tujuan)
        {
            foreach (var indikator in tujuan.Indikator)
            {
                indicators.Add(Indicator(report, printedFigures, renstra, tujuan, null, indikator));
            }
            foreach (var sasaran in tujuan.Sasaran)
            {
                var rows = sasaran.Indikator.Select(i => Indicator(report, printedFigures, renstra, tujuan, sasaran, i)).ToArray();
                indicators.AddRange(rows);
                var results = rows.Select(r => r.Capaian).ToArray();
                indicatorCapaian.AddRange(results);
                var mean = CapaianAggregation.Mean(results, policies.GradeOn);
                sasaranCapaian.Add(mean);
                sasaranResults.Add(Sasaran(report, printedFigures, renstra, sasaran, mean, budget));
            }
        }
        var unit = policies.UnitMean == UnitAggregation.MeanOfIndicators
            ? CapaianAggregation.Mean(indicatorCapaian.ToArray(), policies.GradeOn)
            : CapaianAggregation.MeanOfMeans(sasaranCapaian);
        var printed = PrintedLookup.Of(printedFigures, string.Empty, null, PrintedLookup.Unit);
        return new RenstraResult(renstra, EquatableArray.Create<IndicatorResult>(indicators), EquatableArray.Create<SasaranResult>(sasaranResults), unit,
            Grade(policies.Scale, unit), printed);
    }

    private static IndicatorResult Indicator(Lkip report, ILookup<FigureId, PrintedFigure> printedFigures, Renstra renstra, Tujuan tujuan, Sasaran? sasaran, Indikator indikator)
    {
        var policies = report.Policies;
        var year = report.Year;
        var capaian = Capaian.ForYear(indikator, year, policies.Capaian);
        var predikat = capaian.HasValue
            ? policies.Scale.Grade(policies.GradeOn == CapaianBasis.Raw ? capaian.Raw : capaian.Value)
            : default;
        var realisasi = indikator.GetRealisasi(year);
        var againstFinal = Comparison.AgainstRenstraFinalTarget(indikator, renstra, year, policies.Capaian);
        var previous = year.Year > FiscalYear.MinYear ? Comparison.RealisasiTrend(indikator, year.Previous, year) : null;
        BenchmarkComparison? benchmark = null;
        string? source = null;
        foreach (var b in report.Benchmarks)
        {
            if (b.IndikatorCode == indikator.Code && realisasi?.Quantity is { } actual && b.Value >= 0m)
            {
                benchmark = Comparison.AgainstBenchmark(actual, b.Value, indikator.Polarity, policies.Capaian);
                source = b.Source;
                break;
            }
        }
        var printed = PrintedLookup.Of(printedFigures, indikator.Code, year, PrintedLookup.Indicator);
        return new IndicatorResult(renstra.Name, tujuan.Code, sasaran?.Code, indikator, indikator.GetYear(year)?.EffectiveTarget, realisasi,
            capaian, predikat, againstFinal, previous, benchmark, source, printed);
    }

    private static SasaranResult Sasaran(Lkip report, ILookup<FigureId, PrintedFigure> printedFigures, Renstra renstra, Sasaran sasaran, CapaianMean mean, BudgetRealisation? budget)
    {
        var policies = report.Policies;
        var budgetRow = budget?.Sasaran.FirstOrDefault(s => s.SasaranCode == sasaran.Code);
        var efficiency = policies.Efficiency.Evaluate(mean.ValueOrNull, budgetRow?.Figures.Serapan ?? default);
        var contribution = new List<ContributionResult>();
        if (budgetRow is not null && report.Budget is { } tree)
        {
            foreach (string key in budgetRow.Keys)
            {
                AddContribution(report, tree.Find(key)!, budget!, contribution);
            }
        }
        var printed = PrintedLookup.Of(printedFigures, sasaran.Code, null, PrintedLookup.Sasaran);
        return new SasaranResult(renstra.Name, sasaran, mean, Grade(policies.Scale, mean), budgetRow?.Figures, efficiency,
            EquatableArray.Create<ContributionResult>(contribution), printed);
    }

    private static void AddContribution(Lkip report, BudgetItem item, BudgetRealisation budget, List<ContributionResult> into)
    {
        var policies = report.Policies;
        var outputs = item.Outputs.Select(o => new OutputResult(o.Code, o.Name, Capaian.ForYear(o, report.Year, policies.Capaian))).ToArray();
        var mean = CapaianAggregation.Mean(outputs.Select(o => o.Capaian).ToArray(), policies.GradeOn);
        var row = budget[item.Key];
        into.Add(new ContributionResult(row, EquatableArray.Create(outputs), mean, policies.Efficiency.Evaluate(mean.ValueOrNull, row.Figures.Serapan)));
        foreach (var child in item.Children)
        {
            AddContribution(report, child, budget, into);
        }
    }

    private static PredikatGrade Grade(PredikatScale scale, CapaianMean mean) => mean.HasValue ? scale.Grade(mean.Value) : default;
}
