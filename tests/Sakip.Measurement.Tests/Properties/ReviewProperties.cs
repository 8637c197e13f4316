using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>
/// A generated report whose printed figures are all what the library computes: every
/// indicator's target, realisasi, capaian and predikat, every sasaran's and the unit's capaian
/// and predikat, and every budget line's pagu, realisasi and serapan, each at its own line.
/// </summary>
public sealed record PrintedReport(Lkip Report)
{
    public override string ToString() =>
        $"{Report.Unit.Renstra[0].Tujuan[0].Sasaran.Count} sasaran, {Report.Printed.Count} printed figures, capping {Report.Policies.Capaian.Capping}";
}

public static class ReviewArbitraries
{
    private static readonly FiscalYear Year = new(2023);

    public static Arbitrary<PrintedReport> Report() =>
        (from capped in Gen.Elements(true, false)
         from sasaranCount in Gen.Choose(1, 4)
         from shape in Gen.ArrayOf(Gen.Choose(1, 3), 4)
         from polarity in Gen.ArrayOf(Gen.Elements(Polarity.Positive, Polarity.Negative), 12)
         from targets in Gen.ArrayOf(Gen.Choose(1, 100_000), 12)
         from realisasi in Gen.ArrayOf(Gen.Choose(0, 150_000), 12)
         from budget in BudgetArbitraries.Budget().Generator
         select Build(capped, sasaranCount, shape, polarity, targets, realisasi, budget.Tree)).ToArbitrary();

    private static PrintedReport Build(bool capped, int sasaranCount, int[] shape, Polarity[] polarity, int[] targets, int[] realisasi, BudgetTree budget)
    {
        int next = 0;
        var sasaran = new List<Sasaran>();
        for (int s = 0; s < sasaranCount; s++)
        {
            var indicators = new List<Indikator>();
            for (int i = 0; i < shape[s]; i++, next++)
            {
                indicators.Add(new Indikator($"IKU-{next}", $"Indikator {next}", "%", polarity[next], TargetKind.SingleValue,
                    [new IndicatorYear(Year, pkTarget: Target.Of(targets[next] / 100m), realisasi: IndicatorValue.FromNumber(realisasi[next] / 100m))]));
            }
            sasaran.Add(new Sasaran($"S{s}", $"Sasaran {s}", indicators));
        }
        var renstra = new Renstra("Renstra 2021-2026", new RenstraPeriod(new FiscalYear(2021), new FiscalYear(2026)), [new Tujuan("T1", "Tujuan", [], sasaran)]);
        var policies = new LkipPolicies(capped ? CapaianPolicy.Capped100 : CapaianPolicy.Uncapped, PredikatScale.PermenPanRb88Tahun2021,
            capped ? CapaianBasis.Capped : CapaianBasis.Raw, UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni, EfficiencyPolicy.CapaianAboveSerapan);
        var unprinted = new Lkip(new PerangkatDaerah("Kecamatan Uji", [renstra]), Year, policies, budget);
        return new PrintedReport(new Lkip(unprinted.Unit, Year, policies, budget, printed: PrintedByTheLibrary(unprinted)));
    }

    // Every figure printed as the library computes and formats it, each at its own line.
    private static List<PrintedFigure> PrintedByTheLibrary(Lkip report)
    {
        var results = LkipCalculator.Calculate(report);
        var printed = new List<PrintedFigure>();
        int line = 1;
        void Print(FigureKind kind, string subject, string text) =>
            printed.Add(new PrintedFigure(new FigureId(kind, subject, line % 2 == 0 ? Year : null), PrintedLocation.InTable("Tabel 3.1", subject, line++), text));
        bool raw = report.Policies.GradeOn == CapaianBasis.Raw;
        var renstra = results.Renstra[0];
        foreach (var indicator in renstra.Indicators)
        {
            Print(FigureKind.Target, indicator.IndikatorCode, TargetPattern.Default.Format(indicator.Target!.Value));
            Print(FigureKind.Realisasi, indicator.IndikatorCode, IndicatorValuePattern.Default.Format(indicator.Realisasi!.Value));
            if (indicator.Capaian.HasValue)
            {
                Print(FigureKind.Capaian, indicator.IndikatorCode, NumberPattern.Percent.Format(raw ? indicator.Capaian.Raw : indicator.Capaian.Value));
            }
            if (indicator.Predikat.Band is { } band)
            {
                Print(FigureKind.Predikat, indicator.IndikatorCode, band.Label);
            }
        }
        foreach (var sasaran in renstra.Sasaran)
        {
            if (sasaran.Capaian.HasValue)
            {
                Print(FigureKind.SasaranCapaian, sasaran.SasaranCode, NumberPattern.Percent.Format(sasaran.Capaian.Value));
            }
            if (sasaran.Predikat.Band is { } band)
            {
                Print(FigureKind.SasaranPredikat, sasaran.SasaranCode, $"{band.Code} ({band.Label})");
            }
        }
        if (renstra.UnitCapaian.HasValue)
        {
            Print(FigureKind.UnitCapaian, string.Empty, NumberPattern.Percent.Format(renstra.UnitCapaian.Value));
        }
        if (renstra.UnitPredikat.Band is { } unitBand)
        {
            Print(FigureKind.UnitPredikat, string.Empty, unitBand.Code);
        }
        foreach (var row in results.Budget!.Rows)
        {
            if (row.Figures.PaguPerubahan is { } pagu)
            {
                Print(FigureKind.PaguPerubahan, row.Key, NumberPattern.Rupiah.Format(pagu));
            }
            if (row.Figures.Realisasi is { } spent)
            {
                Print(FigureKind.RealisasiAnggaran, row.Key, NumberPattern.Number.Format(spent));
            }
            if (row.Figures.Serapan.ValueOrNull is { } serapan)
            {
                Print(FigureKind.Serapan, row.Key, NumberPattern.Percent.Format(serapan));
            }
        }
        return printed;
    }
}

[Properties(Arbitrary = [typeof(ReviewArbitraries)], MaxTest = 200)]
public sealed class ReviewProperties
{
    [Property]
    public bool AReportPrintingWhatTheLibraryComputes_ReviewsClean(PrintedReport generated) =>
        LkipReview.Review(generated.Report).IsClean;

    [Property]
    public Property ChangingOnePrintedFigure_GivesExactlyOneFindingThatNamesIt(PrintedReport generated, PositiveInt pick)
    {
        var report = generated.Report;
        int index = pick.Get % report.Printed.Count;
        var original = report.Printed[index];
        var changed = new PrintedFigure(original.Figure, original.Location, Changed(original.Text, report.Policies.Scale));
        var printed = report.Printed.ToArray();
        printed[index] = changed;
        var review = LkipReview.Review(new Lkip(report.Unit, report.Year, report.Policies, report.Budget, printed: printed));
        bool named = review.Findings.Count == 1
            && review.Findings[0].Locations[0] == original.Location
            && review.Findings[0].Figure is { } figure && figure.Kind == original.Figure.Kind && figure.Subject == original.Figure.Subject;
        return named.Label($"{original.Figure} '{original.Text}' -> '{changed.Text}': {string.Join(" | ", review.Findings)}");
    }

    [Property]
    public bool ReadingWhatWasWritten_GivesAnEqualReport(PrintedReport generated) =>
        LkipJson.Parse(LkipJson.Format(generated.Report)) == generated.Report;

    // A number one unit higher in its last printed digit; a grade one band away.
    private static string Changed(string text, PredikatScale scale)
    {
        foreach (var band in scale.Bands)
        {
            if (text == band.Label || text == band.Code || text == $"{band.Code} ({band.Label})")
            {
                var other = scale.Bands.First(b => b != band);
                return text == band.Label ? other.Label : other.Code;
            }
        }
        bool percent = text.EndsWith('%');
        bool rupiah = text.StartsWith("Rp", StringComparison.Ordinal);
        var pattern = rupiah ? NumberPattern.Rupiah : percent ? NumberPattern.Percent : NumberPattern.Number.WithDecimalPointAccepted();
        var parsed = pattern.Parse(text);
        if (!parsed.Success)
        {
            throw new InvalidOperationException($"The generated text '{text}' does not parse: {parsed.Exception.Message}");
        }
        decimal value = parsed.Value;
        decimal unit = 1m;
        for (int i = 0; i < value.Scale; i++)
        {
            unit /= 10m;
        }
        return pattern.WithDecimalPlaces(value.Scale).Format(value + unit);
    }
}
