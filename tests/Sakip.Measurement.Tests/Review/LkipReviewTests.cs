using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Review;

public sealed class LkipReviewTests
{
    private static readonly FiscalYear Year = new(2023);

    // One tujuan indicator (capaian 10 %, outside every mean), one sasaran with one indicator (target
    // and realisasi as given; 2022 realisasi 70 against 80, final-year target 2026 of 100), a
    // two-kegiatan program whose first kegiatan has an output (12 of 12 laporan), and what was printed.
    private static Lkip Report(decimal target, decimal realisasi, IEnumerable<PrintedFigure> printed, Polarity polarity = Polarity.Positive,
        LkipPolicies? policies = null, IEnumerable<PrintedAggregate>? aggregates = null, IEnumerable<BenchmarkValue>? benchmarks = null,
        IkmInput? ikm = null, IppInput? ipp = null, BudgetTree? budget = null)
    {
        var indikator = new Indikator("IKU-1", "Indikator", "%", polarity, TargetKind.SingleValue,
            [new IndicatorYear(new FiscalYear(2022), pkTarget: Target.Of(80m), realisasi: IndicatorValue.FromNumber(70m)),
             new IndicatorYear(Year, renstraTarget: Target.Of(target), realisasi: IndicatorValue.FromNumber(realisasi)),
             new IndicatorYear(new FiscalYear(2026), renstraTarget: Target.Of(100m))]);
        var tujuanIndikator = new Indikator("IKT-1", "Indikator tujuan", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Year, renstraTarget: Target.Of(100m), realisasi: IndicatorValue.FromNumber(10m))]);
        var renstra = new Renstra("Renstra 2021-2026", new RenstraPeriod(new FiscalYear(2021), new FiscalYear(2026)),
            [new Tujuan("T1", "Tujuan", [tujuanIndikator], [new Sasaran("S1", "Sasaran", [indikator])])]);
        var output = new Indikator("O-1", "Laporan keuangan", "laporan", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Year, pkTarget: Target.Of(12m), realisasi: IndicatorValue.FromNumber(12m))]);
        budget ??= new BudgetTree(
            [new BudgetItem("P1", BudgetLevel.Program, "Program", default,
                [new BudgetItem("P1.K1", BudgetLevel.Kegiatan, "Kegiatan 1", new BudgetAmounts(700m, 600m, 540m), [], outputs: [output]),
                 new BudgetItem("P1.K2", BudgetLevel.Kegiatan, "Kegiatan 2", new BudgetAmounts(400m, 400m, 400m), [])])],
            [new SasaranBudgetLink("S1", "P1")]);
        return new Lkip(new PerangkatDaerah("Kecamatan Uji", [renstra]), Year, policies ?? LkipPolicies.PermenPanRbCapped, budget,
            benchmarks, ikm, ipp, printed, aggregates);
    }

    private static LkipPolicies Policies(CappingPolicy capping, NegativeFormula? formula = null, PredikatScale? scale = null) =>
        new(new CapaianPolicy { Capping = capping, NegativeFormula = formula ?? NegativeFormula.Regulation }, scale ?? PredikatScale.PermenPanRb88Tahun2021,
            capping == CappingPolicy.None ? CapaianBasis.Raw : CapaianBasis.Capped, UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni,
            EfficiencyPolicy.CapaianAboveSerapan);

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
        var finding = Single(Report(10m, 8m, [Printed(FigureKind.Capaian, "IKU-1", "125%", 1)], Polarity.Negative, Policies(CappingPolicy.None)));
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
        Assert.Null(finding.AlternativePolicy);
        Assert.EndsWith("berpredikat AA (Sangat Memuaskan) pada skala PermenPANRB 88/2021.", finding.Explanation, StringComparison.Ordinal);
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
        Assert.True(LkipReview.Review(Report(80m, 61m, [
            Printed(FigureKind.RealisasiAnggaran, string.Empty, "Rp., 940,00,;", 970),
            Printed(FigureKind.RealisasiAnggaran, string.Empty, "Rp. 940,-,-", 971),
            Printed(FigureKind.RealisasiAnggaran, string.Empty, "940,-,", 972),
            Printed(FigureKind.RealisasiAnggaran, string.Empty, "Rp 940-", 973),
        ])).IsClean);
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
        Assert.Equal("Tidak efisien", finding.Computed);
        // The policy's own reason, with its name, and the verdict said once.
        Assert.Equal("Tercetak 'Efisien', tetapi menurut kebijakan efisiensi laporan (Capaian > serapan): Tidak efisien: capaian kinerja 76,25% tidak lebih tinggi dari serapan anggaran 94,00%.", finding.Explanation);
        Assert.StartsWith("Printed 'Efisien', but under the report's efficiency policy (Capaian > serapan): Not efficient:", finding.ExplanationEnglish, StringComparison.Ordinal);
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
        Assert.Equal("Jumlah penduduk: the total is printed as 51.971, but 25.271 + 25.700 = 50.971.", finding.ExplanationEnglish);
        Assert.Equal("Jumlah penduduk: jumlah tercetak 51.971, padahal 25.271 + 25.700 = 50.971.", finding.Explanation);
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
    public void Review_PrintedScale_SaysWhatOverlapsAndTheFirstUngradedValue()
    {
        static PrintedScaleBand Band(string code, BandBound lower, BandBound upper) => new(code, code, lower, upper, code);
        var scales = new[]
        {
            new PrintedScale("Rentang", PrintedLocation.InText("Bab I", 1), [Band("A", BandBound.Inclusive(50m), BandBound.Inclusive(100m)), Band("B", BandBound.Inclusive(0m), BandBound.Inclusive(60m))]),
            new PrintedScale("Terbuka", PrintedLocation.InText("Bab I", 2), [Band("A", BandBound.Unbounded, BandBound.Inclusive(100m)), Band("B", BandBound.Unbounded, BandBound.Inclusive(50m))]),
            new PrintedScale("Batas terbuka", PrintedLocation.InText("Bab I", 3), [Band("A", BandBound.Inclusive(0m), BandBound.Exclusive(50m)), Band("B", BandBound.Inclusive(51m), BandBound.Inclusive(100m))]),
            new PrintedScale("Bawah terbuka", PrintedLocation.InText("Bab I", 4), [Band("A", BandBound.Inclusive(0m), BandBound.Inclusive(50m)), Band("B", BandBound.Exclusive(50.01m), BandBound.Inclusive(100m))]),
            new PrintedScale("Rapat", PrintedLocation.InText("Bab I", 5), [Band("A", BandBound.Inclusive(0m), BandBound.Inclusive(50m)), Band("B", BandBound.Inclusive(50.01m), BandBound.Inclusive(100m))]),
            new PrintedScale("Terbalik", PrintedLocation.InText("Bab I", 6), [Band("A", BandBound.Inclusive(60m), BandBound.Inclusive(50m))]),
        };
        var report = Report(80m, 61m, []);
        var findings = LkipReview.Review(new Lkip(report.Unit, report.Year, report.Policies, scales: scales)).Findings;
        Assert.Collection(findings,
            f => Assert.Contains("both grade 50–60", f.ExplanationEnglish, StringComparison.Ordinal),
            f => Assert.Contains("both grade the same values", f.ExplanationEnglish, StringComparison.Ordinal),
            f => Assert.Contains("such as 50,00, get no grade", f.ExplanationEnglish, StringComparison.Ordinal),
            f => Assert.Contains("such as 50,01, get no grade", f.ExplanationEnglish, StringComparison.Ordinal),
            f => Assert.Contains("is empty", f.ExplanationEnglish, StringComparison.Ordinal));
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

    [Fact]
    public void Review_WrongPrintingBesideARightOne_PointsToTheRightOneOnly()
    {
        var findings = LkipReview.Review(Report(80m, 76m, [
            Printed(FigureKind.Capaian, "IKU-1", "90%", 1),
            Printed(FigureKind.Capaian, "IKU-1", "95%", 2),
            Printed(FigureKind.Capaian, "IKU-1", "95,0%", 3),
            Printed(FigureKind.Capaian, "IKU-1", "80%", 4),
            Printed(FigureKind.Capaian, "IKU-1", "9,5,0", 5),
        ])).Findings;
        Assert.Equal([1, 2, 3], findings[0].Lines);
        Assert.Equal([4, 2, 3], findings[1].Lines);
        Assert.StartsWith("Capaian IKU-1 tercetak 90%", findings[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("capaian = realisasi / target × 100 (negatif: Regulation), Cap100Floor0", findings[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PositiveIndicatorPrintedWithTheNegativeFormula_SaysTheOppositePolarityGivesIt()
    {
        // 60 / 80 × 100 = 75; as if lower were better: (2·80 − 60) / 80 × 100 = 125.
        var finding = Single(Report(80m, 60m, [Printed(FigureKind.Capaian, "IKU-1", "125%", 1)], policies: Policies(CappingPolicy.None)));
        Assert.Equal("the opposite polarity (Negative)", finding.AlternativePolicyEnglish);
        Assert.Equal("polaritas sebaliknya (negatif: makin kecil makin baik)", finding.AlternativePolicy);
        var negative = Single(Report(80m, 100m, [Printed(FigureKind.Capaian, "IKU-1", "125%", 1)], Polarity.Negative, Policies(CappingPolicy.None)));
        Assert.Equal("the opposite polarity (Positive)", negative.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_InverseFormulaReportPrintingTheRegulationValue_SaysTheRegulationFormulaGivesIt()
    {
        // Inverse: 10 / 8 × 100 = 125; regulation: (2·10 − 8) / 10 × 100 = 120.
        var finding = Single(Report(10m, 8m, [Printed(FigureKind.Capaian, "IKU-1", "120%", 1)], Polarity.Negative,
            Policies(CappingPolicy.None, NegativeFormula.Inverse)));
        Assert.Equal("the Regulation negative formula", finding.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_UncappedReportPrintingTheCappedValue_SaysACapAt100GivesIt()
    {
        var finding = Single(Report(80m, 89m, [Printed(FigureKind.Capaian, "IKU-1", "100%", 1)], policies: Policies(CappingPolicy.None)));
        Assert.Equal("111", finding.Computed);
        Assert.Equal("a cap at 100", finding.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_ReportCappingOnlyAbove_PrintingTheRawValue_SaysNoCapGivesIt()
    {
        var finding = Single(Report(80m, 89m, [Printed(FigureKind.Capaian, "IKU-1", "111,25%", 1)], policies: Policies(CappingPolicy.Custom(100m, null))));
        Assert.Equal("100,00", finding.Computed);
        Assert.Equal("no cap (the value before capping)", finding.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_MeansPrintedBeforeTheCap_SayWhichBasisGivesThem()
    {
        // Capped: (100 + 50) / 2 = 75 (BB); before the cap: (111,25 + 50) / 2 = 80,625 (A).
        var findings = LkipReview.Review(TwoIndicators(LkipPolicies.PermenPanRbCapped, [
            Printed(FigureKind.SasaranCapaian, "S1", "80,63%", 1),
            Printed(FigureKind.UnitCapaian, string.Empty, "80,63%", 2),
            Printed(FigureKind.UnitPredikat, string.Empty, "A", 3),
            Printed(FigureKind.SasaranPredikat, "S1", "BB", 4),
        ])).Findings;
        Assert.Equal(3, findings.Count);
        Assert.Equal("averaging the capaian before the cap", findings[0].AlternativePolicyEnglish);
        Assert.Equal("75,00", findings[1].Computed);
        Assert.Equal("averaging the capaian before the cap", findings[1].AlternativePolicyEnglish);
        Assert.Equal("grading the mean before the cap", findings[2].AlternativePolicyEnglish);
        Assert.Contains("nilai 75,00 berpredikat BB", findings[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ReportGradingRawMeans_NamesTheCappedMeansGradeAsTheAlternative()
    {
        var policies = new LkipPolicies(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Raw,
            UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni, EfficiencyPolicy.CapaianAboveSerapan);
        var finding = Single(TwoIndicators(policies, [Printed(FigureKind.UnitPredikat, string.Empty, "BB", 1)]));
        Assert.Equal("grading the capped mean", finding.AlternativePolicyEnglish);
    }

    // IKU-1 89 of 80 (111,25, capped 100) and IKU-2 50 of 100 under one sasaran: the mean is 75
    // capped (BB) and 80,625 before the cap (A).
    private static Lkip TwoIndicators(LkipPolicies policies, IEnumerable<PrintedFigure> printed)
    {
        var report = Report(80m, 89m, []);
        var second = new Indikator("IKU-2", "Kedua", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Year, renstraTarget: Target.Of(100m), realisasi: IndicatorValue.FromNumber(50m))]);
        var tujuan = report.Unit.Renstra[0].Tujuan[0];
        var renstra = new Renstra(report.Unit.Renstra[0].Name, report.Unit.Renstra[0].Period,
            [new Tujuan(tujuan.Code, tujuan.Name, tujuan.Indikator, [new Sasaran("S1", "Sasaran", [tujuan.Sasaran[0].Indikator[0], second])])]);
        return new Lkip(new PerangkatDaerah("Kecamatan Uji", [renstra]), Year, policies, report.Budget, printed: printed);
    }

    [Fact]
    public void Review_PredikatOfTheRealisasi_SaysTheRealisasiWasGraded()
    {
        // Capaian 88,25 / 93 = 94,89 (AA); the realisasi 88,25 itself is A.
        var finding = Single(Report(93m, 88.25m, [Printed(FigureKind.Predikat, "IKU-1", "A", 1)]));
        Assert.Equal("grading the realisasi instead of the capaian", finding.AlternativePolicyEnglish);
        Assert.Contains("the printed grade is what grading the realisasi", finding.ExplanationEnglish, StringComparison.Ordinal);
        Assert.EndsWith("yang tercetak adalah hasil predikat dari realisasi, bukan dari capaian.", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("nilai 94,89 berpredikat AA", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CappedCapaianIsTheValueGraded()
    {
        var finding = Single(Report(80m, 89m, [Printed(FigureKind.Predikat, "IKU-1", "Baik", 1)]));
        Assert.Contains("nilai 100,00 berpredikat AA", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("graded on the capped capaian", finding.Rule, StringComparison.Ordinal);
        var raw = Single(Report(80m, 89m, [Printed(FigureKind.Predikat, "IKU-1", "Baik", 1)], policies: Policies(CappingPolicy.None)));
        Assert.Contains("111,25 is AA", raw.ExplanationEnglish, StringComparison.Ordinal);
        Assert.Contains("graded on the raw capaian", raw.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ValueInAHoleOfTheReportsScale_IsOutsideTheScale()
    {
        var holed = PredikatScale.CreateAsPrinted("Skala laporan", [
            new PredikatBand("A", "Baik", BandBound.Inclusive(81m), BandBound.Unbounded),
            new PredikatBand("B", "Cukup", BandBound.Unbounded, BandBound.Inclusive(80m)),
        ]);
        var finding = Single(Report(100m, 80.5m, [Printed(FigureKind.Predikat, "IKU-1", "A", 1)], policies: Policies(CappingPolicy.Cap100Floor0, scale: holed)));
        Assert.Equal(FindingKind.OutsideScale, finding.Kind);
        Assert.Contains("80,50 falls in a gap", finding.ExplanationEnglish, StringComparison.Ordinal);
        Assert.Null(finding.Computed);
    }

    [Fact]
    public void Review_LabelThatIsNoGrade_SaysWhatTheGradeIs()
    {
        var finding = Single(Report(93m, 88.25m, [Printed(FigureKind.Predikat, "IKU-1", "Luar Biasa", 1)]));
        Assert.Equal("AA (Sangat Memuaskan)", finding.Computed);
        Assert.Contains("; 94,89 is AA (Sangat Memuaskan).", finding.ExplanationEnglish, StringComparison.Ordinal);
        Assert.Contains("; nilai 94,89 berpredikat AA (Sangat Memuaskan).", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DashForAPredikatOrAnInput_IsAMissingFigure()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Predikat, "IKU-1", "-", 1),
            Printed(FigureKind.Target, "IKU-1", "–", 2),
        ])).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.MissingFigure, f.Kind));
        Assert.Equal(["AA (Sangat Memuaskan)", "93"], findings.Select(f => f.Computed));
    }

    [Fact]
    public void Review_UnreadableInput_IsAMalformedNumber()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Realisasi, "IKU-1", "88,2,5", 1),
            Printed(FigureKind.Target, "IKU-1", "sembilan puluh", 2),
        ])).Findings;
        Assert.Equal([FindingKind.MalformedNumber, FindingKind.MalformedNumber], findings.Select(f => f.Kind));
    }

    [Fact]
    public void Review_RangeTarget_IsComparedAsAWhole()
    {
        var budget = Report(1m, 1m, []).Budget;
        var ranged = new Indikator("IKU-1", "Rentang", "%", Polarity.Positive, TargetKind.Range,
            [new IndicatorYear(Year, renstraTarget: Target.Range(2m, 4m), realisasi: IndicatorValue.FromNumber(3m))]);
        var renstra = new Renstra("Renstra 2021-2026", new RenstraPeriod(new FiscalYear(2021), new FiscalYear(2026)),
            [new Tujuan("T1", "Tujuan", [], [new Sasaran("S1", "Sasaran", [ranged])])]);
        var findings = LkipReview.Review(new Lkip(new PerangkatDaerah("Kecamatan Uji", [renstra]), Year, LkipPolicies.PermenPanRbCapped, budget, printed: [
            Printed(FigureKind.Target, "IKU-1", "2 – 4", 1),
            Printed(FigureKind.Target, "IKU-1", "2 – 5", 2),
            Printed(FigureKind.Target, "IKU-1", "3 – 4", 3),
        ])).Findings;
        Assert.Equal([2, 3], findings.Select(f => f.Lines.First()));
        Assert.All(findings, f => Assert.Equal(FindingKind.InputMismatch, f.Kind));
    }

    [Fact]
    public void Review_FiguresOfAnotherYear_AreComparedWithThatYear()
    {
        var review = LkipReview.Review(Report(93m, 88.25m, [
            new PrintedFigure(new FigureId(FigureKind.Realisasi, "IKU-1", new FiscalYear(2022)), PrintedLocation.InTable("Tabel 3.2", line: 1), "70"),
            new PrintedFigure(new FigureId(FigureKind.Capaian, "IKU-1", new FiscalYear(2022)), PrintedLocation.InTable("Tabel 3.2", line: 2), "87,5%"),
            new PrintedFigure(new FigureId(FigureKind.Realisasi, "IKU-1", Year), PrintedLocation.InTable("Tabel 3.1", line: 3), "88,25"),
            new PrintedFigure(new FigureId(FigureKind.Capaian, "IKU-1", new FiscalYear(2022)), PrintedLocation.InText("Bab III", 4), "82%"),
        ]));
        var finding = Assert.Single(review.Findings);
        Assert.Equal([4, 2], finding.Lines);
        Assert.Equal("87,5", Single(Report(93m, 88.25m, [new PrintedFigure(new FigureId(FigureKind.Capaian, "IKU-1", new FiscalYear(2022)),
            PrintedLocation.InText("Bab III", 4), "82,0%")])).Computed);
    }

    [Fact]
    public void Review_ComparisonsWithTheRenstraFinalTargetAndABenchmark_AreChecked()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.RenstraComparison, "IKU-1", "88,25%", 1),
            Printed(FigureKind.RenstraComparison, "IKU-1", "93%", 2),
            Printed(FigureKind.BenchmarkComparison, "IKU-1", "102,21%", 3),
            Printed(FigureKind.BenchmarkComparison, "IKU-1", "100%", 4),
        ], benchmarks: [new BenchmarkValue("IKU-1", 86.34m, "Kabupaten Jember")])).Findings;
        // 88,25 / 100 (the 2026 target) = 88,25; 88,25 / 86,34 = 102,21, capped at 100 as the report caps.
        Assert.Equal([2, 3], findings.Select(f => f.Lines.First()));
        Assert.Equal("no cap (the value before capping)", findings[1].AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_OutputsOfBudgetLines_AreChecked()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Capaian, "O-1", "100%", 1),
            Printed(FigureKind.Capaian, "O-1", "90%", 2),
            Printed(FigureKind.Target, "O-1", "14 laporan", 3),
            Printed(FigureKind.Efficiency, "P1.K1", "Tidak Efisien", 4),
        ])).Findings;
        Assert.Equal([2, 3, 4], findings.Select(f => f.Lines.First()));
        Assert.Equal(FindingKind.WrongEfficiency, findings[2].Kind);
    }

    [Fact]
    public void Review_BudgetFigures_InputsSumsSerapanOverEitherPaguSisaShareAndSasaran()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.PaguPerubahan, "P1.K1", "650", 1),          // an input printed otherwise
            Printed(FigureKind.PaguMurni, string.Empty, "1.100", 2),      // the unit's murni: 700 + 400
            Printed(FigureKind.Serapan, "P1.K1", "77,14%", 3),            // 540 / 700: over the murni pagu, also right
            Printed(FigureKind.Serapan, "P1.K1", "90%", 4),               // 540 / 600
            Printed(FigureKind.Sisa, string.Empty, "60", 5),              // 1.000 − 940
            Printed(FigureKind.Share, "P1.K1", "60%", 6),                 // 600 / 1.000
            Printed(FigureKind.Serapan, "S1", "94%", 7),
            Printed(FigureKind.RealisasiAnggaran, "S1", "950", 8),
            Printed(FigureKind.Share, "P1.K2", "45%", 9),
        ])).Findings;
        Assert.Equal([(1, FindingKind.InputMismatch), (8, FindingKind.SumMismatch), (9, FindingKind.WrongValue)],
            findings.Select(f => (f.Lines.First(), f.Kind)));
    }

    [Fact]
    public void Review_AmountsWithOneThousandsGroup_AreNotAmbiguous()
    {
        var budget = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "Program", new BudgetAmounts(2_500m, 2_000m, 1_000m), [])], [new SasaranBudgetLink("S1", "P1")]);
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.PaguMurni, "P1", "2.500", 1),
            Printed(FigureKind.RealisasiAnggaran, "P1", "1.000", 2),
            Printed(FigureKind.Sisa, "P1", "1.000", 3),
            Printed(FigureKind.Sisa, string.Empty, "1.000", 4),
        ], budget: budget)).IsClean);
    }

    [Fact]
    public void Review_IkmAndIpp_AreChecked()
    {
        // NRR 3,5 on every unsur: IKM 87,5 (mutu B, Baik); IPP as printed by the report.
        var ikm = IkmInput.FromNrr(Sakip.Measurement.Ikm.IkmDefinition.PermenPanRb14Tahun2017, Enumerable.Repeat(3.5m, 9));
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Ikm, string.Empty, "87,50", 1),
            Printed(FigureKind.Ikm, string.Empty, "87,6", 2),
            Printed(FigureKind.IkmMutu, string.Empty, "B (Baik)", 3),
            Printed(FigureKind.IkmMutu, string.Empty, "A", 4),
            Printed(FigureKind.Ipp, string.Empty, "3,17", 5),
            Printed(FigureKind.Ipp, string.Empty, "3,2", 6),
        ], ikm: ikm, ipp: new IppInput(null, null, 3.17m))).Findings;
        Assert.Equal([2, 4], findings.Select(f => f.Lines.First()));
    }

    [Fact]
    public void Review_EveryCountKind_IsChecked()
    {
        var findings = LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.TujuanCount, string.Empty, "2 (dua)", 1),
            Printed(FigureKind.SasaranCount, string.Empty, "dua", 2),
            Printed(FigureKind.IndicatorCount, "S1", "2", 3),
            Printed(FigureKind.BudgetLineCount, "subKegiatan", "1", 4),
            Printed(FigureKind.BudgetLineCount, "kegiatan", "12 (dua belas)", 5),
            Printed(FigureKind.IndicatorCount, string.Empty, "banyak", 6),
        ])).Findings;
        Assert.Equal([1, 2, 3, 4, 5, 6], findings.Select(f => f.Lines.First()));
        Assert.Equal(["1", "1", "1", "0", "2", null], findings.Select(f => f.Computed));
        Assert.Equal(FindingKind.MalformedNumber, findings[5].Kind);
    }

    [Fact]
    public void Review_Verdicts_UnknownTextOrNothingToJudge_AreNoFinding()
    {
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [Printed(FigureKind.Efficiency, "S1", "-", 1)])).IsClean);
        var noBudgetLink = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "Program", new BudgetAmounts(null, 100m, 90m), [])]);
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [Printed(FigureKind.Efficiency, "S1", "Efisien", 1)], budget: noBudgetLink)).IsClean);
        var finding = Single(Report(80m, 61m, [
            Printed(FigureKind.Efficiency, "S1", "Tidak efisien", 1),
            Printed(FigureKind.Efficiency, "S1", "Efisien", 2),
            Printed(FigureKind.Efficiency, string.Empty, "tidak ada efisiensi", 3),
        ]));
        Assert.Equal([2, 1], finding.Lines);
    }

    [Fact]
    public void Review_Aggregates_UnreadablePartsAndRoundedMeans()
    {
        var unreadable = new PrintedAggregate(AggregateOperation.Sum, "Jumlah", PrintedLocation.InText("Bab I", 1), ["12", "1.2.3"], "15");
        var unreadableResult = new PrintedAggregate(AggregateOperation.Sum, "Jumlah", PrintedLocation.InText("Bab I", 2), ["12", "3"], "lima belas");
        var mean = new PrintedAggregate(AggregateOperation.Mean, "Rata-rata", PrintedLocation.InText("Bab I", 3), ["1", "1", "0"], "0,67");
        var shares = new PrintedAggregate(AggregateOperation.Sum, "Mata pencaharian", PrintedLocation.InText("Bab I", 4), ["50,15%", "50,15%"], "100%", implied: true);
        var findings = LkipReview.Review(Report(93m, 88.25m, [], aggregates: [unreadable, unreadableResult, mean, shares])).Findings;
        Assert.Equal([1, 2, 4], findings.Select(f => f.Lines.First()));
        Assert.Equal([FindingKind.MalformedNumber, FindingKind.MalformedNumber, FindingKind.SumMismatch], findings.Select(f => f.Kind));
        Assert.Contains("50,15% + 50,15% add up to 100,30, not 100%", findings[2].ExplanationEnglish, StringComparison.Ordinal);
        Assert.Contains("50,15% + 50,15% berjumlah 100,30, bukan 100%", findings[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PrintingsOfAFigureNothingComputes_CompareByValueOrByWords()
    {
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [
            Printed(FigureKind.Share, "P9", "12 persen", 1),
            Printed(FigureKind.Share, "P9", "12%", 2),
            Printed(FigureKind.Belanja, "modal", "sebagian   besar", 3),
            Printed(FigureKind.Belanja, "modal", "Sebagian besar", 4),
        ])).IsClean);
        Assert.Equal(2, LkipReview.Review(Report(93m, 88.25m, [Printed(FigureKind.Share, "P9", "12%", 1), Printed(FigureKind.Share, "P9", "12%", 2)])).UncheckedFigures);
    }

    [Fact]
    public void Review_WordsPrintedDifferently_AreInconsistent()
    {
        var finding = Single(Report(93m, 88.25m, [Printed(FigureKind.Belanja, "modal", "sebagian besar", 1), Printed(FigureKind.Belanja, "modal", "seluruhnya", 2)]));
        Assert.Equal(FindingKind.InconsistentOccurrences, finding.Kind);
    }

    [Fact]
    public void Review_ReportWithoutABudget_ChecksItsIndicators()
    {
        var report = Report(80m, 89m, []);
        var bare = new Lkip(report.Unit, report.Year, report.Policies, printed: [Printed(FigureKind.Capaian, "IKU-1", "111,3%", 1), Printed(FigureKind.Serapan, string.Empty, "94%", 2)]);
        var review = LkipReview.Review(bare);
        Assert.Equal(FindingKind.WrongValue, Assert.Single(review.Findings).Kind);
        Assert.Equal(1, review.UncheckedFigures);
    }

    [Fact]
    public void Review_UnitVerdictThePolicyDoesNotGive_IsAWrongEfficiency()
    {
        // The unit's mean capaian 76,25 is below its serapan 94.
        var finding = Single(Report(80m, 61m, [Printed(FigureKind.Efficiency, string.Empty, "Efisien", 860)]));
        Assert.Equal(FindingKind.WrongEfficiency, finding.Kind);
    }

    [Fact]
    public void Review_CappedReportPrinting100ForACapaianBelowIt_IsNotBlamedOnTheCap()
    {
        // 95 is below the cap; 100 is what the opposite polarity gives ((2·100 − 95) / 100 = 105, capped).
        var finding = Single(Report(100m, 95m, [Printed(FigureKind.Capaian, "IKU-1", "100%", 1)]));
        Assert.Equal("the opposite polarity (Negative)", finding.AlternativePolicyEnglish);
        Assert.Null(Single(Report(100m, 95m, [Printed(FigureKind.Capaian, "IKU-1", "99%", 1)])).AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_ReportGradingRawValuesButCapping_NamesTheCappedMeanAsTheAlternative()
    {
        var policies = new LkipPolicies(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Raw,
            UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni, EfficiencyPolicy.CapaianAboveSerapan);
        var finding = Single(Report(80m, 89m, [Printed(FigureKind.SasaranCapaian, "S1", "100%", 1)], policies: policies));
        Assert.Equal("111", finding.Computed);
        Assert.Equal("averaging the capped capaian", finding.AlternativePolicyEnglish);
    }

    [Fact]
    public void Review_LabelThatIsNoGradeForAValueInAHole_SaysOnlyThatItIsNoGrade()
    {
        var holed = PredikatScale.CreateAsPrinted("Skala laporan", [
            new PredikatBand("A", "Baik", BandBound.Inclusive(81m), BandBound.Unbounded),
            new PredikatBand("B", "Cukup", BandBound.Unbounded, BandBound.Inclusive(80m)),
        ]);
        var finding = Single(Report(100m, 80.5m, [Printed(FigureKind.Predikat, "IKU-1", "Luar Biasa", 1)], policies: Policies(CappingPolicy.Cap100Floor0, scale: holed)));
        Assert.Equal(FindingKind.OutsideScale, finding.Kind);
        Assert.Null(finding.Computed);
        Assert.EndsWith("which is not a grade of the Skala laporan scale.", finding.ExplanationEnglish, StringComparison.Ordinal);
        Assert.EndsWith("yang bukan predikat pada skala Skala laporan.", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PredikatWrittenWithItsCategoryWord_IsRead()
    {
        Assert.True(LkipReview.Review(Report(93m, 88.25m, [Printed(FigureKind.Predikat, "IKU-1", "Kategori AA", 1), Printed(FigureKind.Predikat, "IKU-1", "predikat Sangat Memuaskan.", 2)])).IsClean);
    }

    [Fact]
    public void Review_NullReportWithResults_NamesTheParameter()
    {
        var report = Report(93m, 88.25m, []);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => LkipReview.Review(null!, LkipCalculator.Calculate(report))).ParamName);
    }

    [Fact]
    public void Review_ResultsNull_NamesTheParameter()
    {
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => LkipReview.Review(Report(93m, 88.25m, []), null!)).ParamName);
    }
}
