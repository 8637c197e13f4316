using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Review;

public sealed class LkipReviewTests
{
    private static readonly FiscalYear Year = new(2023);

    // One sasaran with one indicator (target and realisasi as given), a two-line program, and the printed figures.
    private static Lkip Report(decimal target, decimal realisasi, IEnumerable<PrintedFigure> printed, Polarity polarity = Polarity.Positive,
        LkipPolicies? policies = null, IEnumerable<PrintedAggregate>? aggregates = null)
    {
        var indikator = new Indikator("IKU-1", "Indikator", "%", polarity, TargetKind.SingleValue,
            [new IndicatorYear(Year, renstraTarget: Target.Of(target), realisasi: IndicatorValue.FromNumber(realisasi))]);
        var renstra = new Renstra("Renstra 2021-2026", new RenstraPeriod(new FiscalYear(2021), new FiscalYear(2026)),
            [new Tujuan("T1", "Tujuan", [], [new Sasaran("S1", "Sasaran", [indikator])])]);
        var budget = new BudgetTree(
            [new BudgetItem("P1", BudgetLevel.Program, "Program", default,
                [new BudgetItem("P1.K1", BudgetLevel.Kegiatan, "Kegiatan 1", new BudgetAmounts(null, 600m, 540m), []),
                 new BudgetItem("P1.K2", BudgetLevel.Kegiatan, "Kegiatan 2", new BudgetAmounts(null, 400m, 400m), [])])],
            [new SasaranBudgetLink("S1", "P1")]);
        return new Lkip(new PerangkatDaerah("Kecamatan Uji", [renstra]), Year, policies ?? LkipPolicies.PermenPanRbCapped, budget,
            printed: printed, aggregates: aggregates);
    }

    private static PrintedFigure Printed(FigureKind kind, string subject, string text, int line) =>
        new(new FigureId(kind, subject), PrintedLocation.InTable("Tabel 3.1", "1", line), text);

    private static Finding Single(Lkip report) => Assert.Single(LkipReview.Review(report).Findings);

    [Fact]
    public void Review_FiguresPrintedAsTheRulesGiveThem_FindsNothing()
    {
        var review = LkipReview.Review(Report(80m, 76m, [
            Printed(FigureKind.Capaian, "IKU-1", "95%", 1),
            Printed(FigureKind.Capaian, "IKU-1", "95,00%", 2),
            Printed(FigureKind.Predikat, "IKU-1", "AA (Sangat Memuaskan)", 3),
            Printed(FigureKind.Target, "IKU-1", "80 %", 4),
            Printed(FigureKind.Realisasi, "IKU-1", "76", 5),
            Printed(FigureKind.PaguPerubahan, "P1", "Rp 1.000,-", 6),
            Printed(FigureKind.Serapan, string.Empty, "94%", 7),
            Printed(FigureKind.Efficiency, "S1", "Efisien", 8),
        ]));
        Assert.True(review.IsClean);
        Assert.Equal(8, review.CheckedFigures);
    }

    [Fact]
    public void Review_CapaianPrintedBeforeTheCap_IsAWrongValueNamingThePolicyThatGivesIt()
    {
        var finding = Single(Report(80m, 89m, [Printed(FigureKind.Capaian, "IKU-1", "111,3%", 519)]));
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("100,0", finding.Computed);
        Assert.Equal("no cap (the value before capping)", finding.AlternativePolicyEnglish);
        Assert.Equal("tanpa batas 100 (nilai sebelum dibatasi)", finding.AlternativePolicy);
        Assert.Equal([519], finding.Lines);
        Assert.Contains("111,3%", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("the printed value is what no cap", finding.ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_NegativeIndicatorGradedWithTheInverseFormula_SaysSo()
    {
        // Without a cap: regulation (2·10 − 8) / 10 × 100 = 120; inverse 10 / 8 × 100 = 125.
        var uncapped = new LkipPolicies(CapaianPolicy.Uncapped, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Raw,
            UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni, EfficiencyPolicy.CapaianAboveSerapan);
        var finding = Single(Report(10m, 8m, [Printed(FigureKind.Capaian, "IKU-1", "125%", 1)], Polarity.Negative, uncapped));
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
        Assert.Equal("120", finding.Computed);
        Assert.Equal("the Inverse negative formula", finding.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_CapaianPrintedWithMoreDecimalsThanTheComputationHolds_IsComparedAtSixteen()
    {
        Assert.True(LkipReview.Review(Report(100m, 85.23m, [Printed(FigureKind.Capaian, "IKU-1", "85,2300000000000000000000001%", 1)])).IsClean);
        var finding = Single(Report(100m, 85.23m, [Printed(FigureKind.Capaian, "IKU-1", "85,2300000000000001000000000%", 1)]));
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
    }

    [Fact]
    public void Review_ValueCutOffInsteadOfRounded_IsATruncationNotAWrongValue()
    {
        // 199,99 / 200 × 100 = 99,995 → 100,00 half away from zero; 99,99 is the value cut off.
        var finding = Single(Report(200m, 199.99m, [Printed(FigureKind.Capaian, "IKU-1", "99,99%", 1)]));
        Assert.Equal(FindingKind.Truncated, finding.Kind);
        Assert.Equal(FindingSeverity.Notice, finding.Severity);
        Assert.Equal("100,00", finding.Computed);
    }

    [Fact]
    public void Review_PredikatOfAnotherBand_IsAWrongPredikatPointingToTheRightPrinting()
    {
        var finding = Single(Report(93m, 88.25m, [
            Printed(FigureKind.Predikat, "IKU-1", "Baik", 655),
            Printed(FigureKind.Predikat, "IKU-1", "AA", 515),
        ]));
        Assert.Equal(FindingKind.WrongPredikat, finding.Kind);
        Assert.Equal("AA (Sangat Memuaskan)", finding.Computed);
        Assert.Equal([655, 515], finding.Lines);
    }

    [Fact]
    public void Review_PredikatThatIsNoGradeOfTheScale_IsOutsideTheScale()
    {
        var finding = Single(Report(93m, 88.25m, [Printed(FigureKind.Predikat, "IKU-1", "Luar Biasa", 1)]));
        Assert.Equal(FindingKind.OutsideScale, finding.Kind);
    }

    [Fact]
    public void Review_TargetPrintedWithAnotherValue_IsAnInputMismatch()
    {
        var finding = Single(Report(93m, 88.25m, [
            Printed(FigureKind.Target, "IKU-1", "86", 416),
            Printed(FigureKind.Target, "IKU-1", "93", 464),
        ]));
        Assert.Equal(FindingKind.InputMismatch, finding.Kind);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal([416, 464], finding.Lines);
    }

    [Fact]
    public void Review_InputPrintedWithFewerDecimals_AgreesWhenItRoundsToIt()
    {
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [Printed(FigureKind.Realisasi, "IKU-1", "88,3", 1)])).IsClean);
    }

    [Fact]
    public void Review_FigureNothingComputesPrintedTwiceDifferently_IsOneInconsistencyListingBoth()
    {
        var finding = Single(Report(93m, 88.25m, [
            Printed(FigureKind.Share, "P9", "12%", 10),
            Printed(FigureKind.Share, "P9", "13%", 20),
        ]));
        Assert.Equal(FindingKind.InconsistentOccurrences, finding.Kind);
        Assert.Equal([10, 20], finding.Lines);
        Assert.Null(finding.Computed);
    }

    [Fact]
    public void Review_AmountsThatDifferByTrailingZeros_AreDifferentPrintings()
    {
        // Ajung A03: 1.413.648.890 is ten times 141.364.889, not the same amount.
        var finding = Single(Report(93m, 88.25m, [
            Printed(FigureKind.Belanja, "modal", "Rp.1.413.648.890", 76),
            Printed(FigureKind.Belanja, "modal", "Rp 141.364.889,-", 721),
        ]));
        Assert.Equal(FindingKind.InconsistentOccurrences, finding.Kind);
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Share, "P9", "12,50%", 10),
            Printed(FigureKind.Share, "P9", "12,5 %", 20),
        ])).IsClean);
    }

    [Fact]
    public void Review_DashWhereTheRuleGivesAFigure_IsAMissingFigure()
    {
        var finding = Single(Report(80m, 61m, [Printed(FigureKind.SasaranCapaian, "S1", "-", 783)]));
        Assert.Equal(FindingKind.MissingFigure, finding.Kind);
        Assert.Equal("76,25", finding.Computed);
    }

    [Fact]
    public void Review_AmountWithAMalformedDigitGroup_IsAMalformedNumber()
    {
        var finding = Single(Report(80m, 61m, [Printed(FigureKind.PaguPerubahan, "P1.K1", "Rp. 6.9230.000,-", 927)]));
        Assert.Equal(FindingKind.MalformedNumber, finding.Kind);
        Assert.Contains("9230", finding.ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PercentageWithADotBeforeThreeDigits_IsAmbiguousNotADifference()
    {
        var finding = Single(Report(100m, 85.23m, [Printed(FigureKind.Capaian, "IKU-1", "85.230%", 1)]));
        Assert.Equal(FindingKind.MalformedNumber, finding.Kind);
        Assert.Contains("the dot may separate thousands", finding.ExplanationEnglish, StringComparison.Ordinal);
        // An amount with one thousands group is not ambiguous.
        Assert.True(LkipReview.Review(Report(80m, 61m, [Printed(FigureKind.PaguPerubahan, "P1", "1.000", 1)])).IsClean);
    }

    [Fact]
    public void Review_AmountWithPunctuationTypedAfterIt_IsReadAsTheAmount()
    {
        Assert.True(LkipReview.Review(Report(80m, 61m, [Printed(FigureKind.RealisasiAnggaran, string.Empty, "Rp., 940,00,;", 970)])).IsClean);
    }

    [Fact]
    public void Review_ProgramAmountThatIsNotTheSumOfItsLines_IsASumMismatch()
    {
        var finding = Single(Report(80m, 61m, [Printed(FigureKind.PaguPerubahan, "P1", "1.100", 948)]));
        Assert.Equal(FindingKind.SumMismatch, finding.Kind);
        Assert.Equal("1.000", finding.Computed);
    }

    [Fact]
    public void Review_EfficiencyVerdictThePolicyDoesNotGive_IsAWrongEfficiency()
    {
        // Capaian 76,25 against serapan 94 is not efficient under "capaian above serapan".
        var finding = Single(Report(80m, 61m, [Printed(FigureKind.Efficiency, "S1", "Efisien", 915)]));
        Assert.Equal(FindingKind.WrongEfficiency, finding.Kind);
        Assert.Equal("Tidak Efisien", finding.Computed);
    }

    [Fact]
    public void Review_PrintedTotalOfPrintedParts_IsCheckedExactly()
    {
        var population = new PrintedAggregate(AggregateOperation.Sum, "Jumlah penduduk", PrintedLocation.InTable("Tabel 1.2", line: 232), ["25.271", "25.700"], "51.971");
        var shares = new PrintedAggregate(AggregateOperation.Sum, "Mata pencaharian", PrintedLocation.InTable("Tabel 1.3", line: 245), ["60,5%", "39,5%"], "100%", implied: true);
        var findings = LkipReview.Review(Report(80m, 61m, [], aggregates: [population, shares])).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.SumMismatch, finding.Kind);
        Assert.Equal("50.971", finding.Computed);
        Assert.Null(finding.Figure);
    }

    [Fact]
    public void Review_PrintedMeanOfPrintedParts_IsComparedAtItsPrecision()
    {
        var mean = new PrintedAggregate(AggregateOperation.Mean, "Rata-rata", PrintedLocation.InText("Bab III", 456), ["98%", "98%", "98%", "94%"], "98%");
        var finding = Single(Report(80m, 61m, [], aggregates: [mean]));
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
        Assert.Equal("97,00", finding.Computed);
    }

    [Fact]
    public void Review_PrintedDifferenceOfPrintedParts_IsTheFirstMinusTheOthers()
    {
        var fall = new PrintedAggregate(AggregateOperation.Difference, "Penurunan serapan 2022–2023", PrintedLocation.InText("Bab III C", 763), ["100%", "95%"], "4 %");
        var finding = Single(Report(80m, 61m, [], aggregates: [fall]));
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
        Assert.Equal("5", finding.Computed);
        Assert.Contains("100% − 95% = 5", finding.ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CountsPrintedInTheText_AreCheckedAgainstWhatTheReportHolds()
    {
        var review = LkipReview.Review(Report(80m, 61m, [
            Printed(FigureKind.BudgetLineCount, "kegiatan", "2 (Dua) Kegiatan", 1),
            Printed(FigureKind.BudgetLineCount, "program", "satu program", 2),
            Printed(FigureKind.IndicatorCount, string.Empty, "4 (empat) indikator sasaran", 3),
        ]));
        var finding = Assert.Single(review.Findings);
        Assert.Equal(FindingKind.WrongValue, finding.Kind);
        Assert.Equal("1", finding.Computed);
        Assert.Equal([3], finding.Lines);
    }

    [Fact]
    public void Review_PrintedScale_ReportsEveryRepeatedCodeOverlapAndHoleAValueFallsIn()
    {
        // Kencong Tabel 3.1 (K10) and its IPP categories (K04): "≥ 90" and "76 ≤ 90" both grade 90,
        // 75 < x < 76 is ungraded; "B" is printed twice. 4,50 to 4,51 is no hole at two decimals.
        var permendagri = new PrintedScale("Skala nilai peringkat kinerja", PrintedLocation.InTable("Tabel 3.1", line: 548), [
            new PrintedScaleBand("ST", "Sangat Tinggi", BandBound.Inclusive(90m), BandBound.Unbounded, "≥ 90", 551),
            new PrintedScaleBand("T", "Tinggi", BandBound.Inclusive(76m), BandBound.Inclusive(90m), "76 ≤ 90", 552),
            new PrintedScaleBand("S", "Sedang", BandBound.Unbounded, BandBound.Inclusive(75m), "≤ 75", 553),
        ]);
        var ipp = new PrintedScale("Kategori IPP", PrintedLocation.InText("Lampiran 1", 1389), [
            new PrintedScaleBand("A", "Pelayanan Prima", BandBound.Inclusive(4.51m), BandBound.Inclusive(5.00m), "4,51 – 5,00"),
            new PrintedScaleBand("B", "Baik", BandBound.Inclusive(3.51m), BandBound.Inclusive(4.50m), "3,51 – 4,50"),
            new PrintedScaleBand("B", "Baik (DC)", BandBound.Inclusive(3.01m), BandBound.Inclusive(3.50m), "3,01 – 3,50"),
        ]);
        var report = Report(80m, 61m, []);
        var findings = LkipReview.Review(new Lkip(report.Unit, report.Year, report.Policies, report.Budget, scales: [permendagri, ipp])).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.InvalidScale, f.Kind));
        Assert.Collection(findings,
            hole => Assert.Contains("such as 75,01, get no grade", hole.ExplanationEnglish, StringComparison.Ordinal),
            overlap => Assert.Contains("both grade 90", overlap.ExplanationEnglish, StringComparison.Ordinal),
            repeated => Assert.Contains("the code B is printed for two bands", repeated.ExplanationEnglish, StringComparison.Ordinal));
        Assert.Equal([553, 552], findings[0].Lines);
    }

    [Fact]
    public void Review_SameReportTwice_GivesEqualFindings()
    {
        var report = Report(80m, 89m, [Printed(FigureKind.Capaian, "IKU-1", "111,3%", 519), Printed(FigureKind.Predikat, "IKU-1", "Baik", 520)]);
        Assert.Equal(LkipReview.Review(report).Findings, LkipReview.Review(report).Findings);
    }

    [Fact]
    public void Review_ResultsOfAnotherYear_IsAnArgumentError()
    {
        var report = Report(80m, 61m, []);
        var other = new Lkip(report.Unit, new FiscalYear(2024), report.Policies, report.Budget);
        var e = Assert.Throws<ArgumentException>(() => LkipReview.Review(report, LkipCalculator.Calculate(other)));
        Assert.Equal("results", e.ParamName);
    }

    [Fact]
    public void Review_NullReport_NamesTheParameter()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => LkipReview.Review(null!)).ParamName);
    }

    [Fact]
    public void Finding_ToString_SaysKindFigurePlaceAndWhy()
    {
        string text = Single(Report(80m, 89m, [Printed(FigureKind.Capaian, "IKU-1", "111,3%", 519)])).ToString();
        Assert.Equal("Error WrongValue Capaian[IKU-1] at Tabel 3.1, baris 1 (L519): The capaian IKU-1 is printed as 111,3%; the report's rule gives 100,0; the printed value is what no cap (the value before capping) gives.", text);
    }
}
