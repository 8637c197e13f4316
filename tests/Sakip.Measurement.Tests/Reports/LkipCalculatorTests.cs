using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Tests.Model;
using Xunit;

namespace Sakip.Measurement.Tests.Reports;

public class LkipCalculatorTests
{
    // Mayang 2023: four sasaran, each linked to the program that supports it (Tabel 3.7/3.8).
    private static BudgetTree MayangBudget() => new(
        [
            Program("P1", 2_563_565_638m, 2_059_822_463m, Output("OUT1", 14m, 13m)),
            Program("P2", 549_840_000m, 547_440_000m),
            Program("P3", 69_230_000m, 47_455_000m),
            Program("P4", 376_236_900m, 347_901_600m),
        ],
        [new("S1", "P1"), new("S2", "P2"), new("S3", "P3"), new("S4", "P4")]);

    private static BudgetItem Program(string key, decimal pagu, decimal realisasi, params Indikator[] outputs) =>
        new(key, BudgetLevel.Program, key, new BudgetAmounts(null, pagu, realisasi), [], outputs: outputs);

    private static Indikator Output(string code, decimal target, decimal realisasi) =>
        new(code, "Jumlah ASN yang dibayar gajinya", "orang", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(target), realisasi: IndicatorValue.FromNumber(realisasi))]);

    private static Lkip Mayang(params PrintedFigure[] printed) => new(
        new PerangkatDaerah("Kecamatan Mayang", [Fixtures.Mayang()]),
        Fixtures.Y2023,
        LkipPolicies.PermenPanRbCapped,
        MayangBudget(),
        [new BenchmarkValue("IK2", 86.34m, "Kabupaten Jember")],
        IkmInput.FromNrr(IkmDefinition.PermenPanRb14Tahun2017, [3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.53m]),
        new IppInput(3.2m, 3.1m, null),
        printed);

    [Fact]
    public void Calculate_IndicatorRows_CarryCapaianPredikatAndComparisons()
    {
        var renstra = LkipCalculator.Calculate(Mayang()).Renstra.Single();
        var ikm = renstra.Indicators.Single(i => i.IndikatorCode == "IK2");
        Assert.Equal(94.8924731182795699m, ikm.Capaian.Raw);
        Assert.Equal("AA", ikm.Predikat.Band!.Code);
        Assert.Equal(94.8924731182795699m, ikm.AgainstRenstraFinal.Raw);
        Assert.Equal(Trend.Down, ikm.AgainstPreviousYear!.Value.Direction);
        Assert.Equal(1.91m, ikm.Benchmark!.Value.Gap);
        Assert.Equal("Kabupaten Jember", ikm.BenchmarkSource);
        Assert.Equal("S2", ikm.SasaranCode);
    }

    [Fact]
    public void Calculate_SasaranAndUnit_AreMeansOnTheReportsBasis_WithTheirPredikat()
    {
        var renstra = LkipCalculator.Calculate(Mayang()).Renstra.Single();
        var s3 = renstra.Sasaran.Single(s => s.SasaranCode == "S3");
        Assert.Equal(100m, s3.Capaian.Value); // 111,25 capped
        Assert.Equal("AA", s3.Predikat.Band!.Code);
        // (85,23 + 94,89… + 100 + 100) / 4 on the capped values: 95,0306…
        Assert.Equal(95.0306182795698925m, renstra.UnitCapaian.Value);
        Assert.Equal("AA", renstra.UnitPredikat.Band!.Code);
    }

    [Fact]
    public void Calculate_SasaranBudgetAndEfficiency_ComeFromTheCascadeMap()
    {
        var s2 = LkipCalculator.Calculate(Mayang()).Renstra.Single().Sasaran.Single(s => s.SasaranCode == "S2");
        Assert.Equal(549_840_000m, s2.Budget!.Value.Pagu);
        // M18: the IKM sasaran's 94,89 is not above its 99,56 serapan.
        Assert.Equal(EfficiencyLevel.TidakEfisien, s2.Efficiency.Level);
        Assert.Equal(EfficiencyPolicy.CapaianAboveSerapan.Name, s2.Efficiency.Policy);
    }

    [Fact]
    public void Calculate_Contribution_MeasuresTheLinkedLinesOutputs()
    {
        var s1 = LkipCalculator.Calculate(Mayang()).Renstra.Single().Sasaran.Single(s => s.SasaranCode == "S1");
        var program = Assert.Single(s1.Contribution);
        Assert.Equal("P1", program.BudgetKey);
        // 13 of 14 orang: 92,857…
        Assert.Equal(92.8571428571428571m, Assert.Single(program.Outputs).Capaian.Raw);
        Assert.Equal(80.3499014211704768m, program.Figures.Serapan.Value);
        Assert.Equal(EfficiencyLevel.Efisien, program.Efficiency.Level);
    }

    [Fact]
    public void Calculate_IkmFromPrintedNrr_AndIppFromItsForms()
    {
        var results = LkipCalculator.Calculate(Mayang());
        // (8 × 3,5 + 3,53) / 9 × 25 = 87,583…
        Assert.Equal(87.58m, results.Ikm!.RoundValue(2));
        Assert.Equal(0, results.Ikm.Respondents);
        Assert.Equal(3.175m, results.Ipp);
        Assert.Equal("B-", results.IppCategory.Band!.Code);
    }

    [Fact]
    public void Calculate_PrintedOccurrences_StandBesideTheFiguresTheyPrint()
    {
        var capaianInTable = new PrintedFigure(new FigureId(FigureKind.Capaian, "IK2", Fixtures.Y2023), PrintedLocation.InTable("Tabel 3.1", "2", 515), "95%");
        var capaianInText = new PrintedFigure(new FigureId(FigureKind.Capaian, "IK2", Fixtures.Y2023), PrintedLocation.InText("Bab III, Sasaran 2", 600), "94,89%");
        var unitMean = new PrintedFigure(new FigureId(FigureKind.UnitCapaian, ""), PrintedLocation.InTable("Tabel 3.1", "Rata-rata", 521), "98%");
        var serapan = new PrintedFigure(new FigureId(FigureKind.Serapan, "P1"), PrintedLocation.InTable("Tabel 3.8", "1", 948), "80,35%");
        var results = LkipCalculator.Calculate(Mayang(capaianInTable, capaianInText, unitMean, serapan));
        var renstra = results.Renstra.Single();
        Assert.Equal([capaianInTable, capaianInText], renstra.Indicators.Single(i => i.IndikatorCode == "IK2").Printed);
        Assert.Empty(renstra.Indicators.Single(i => i.IndikatorCode == "IK1").Printed);
        Assert.Equal([unitMean], renstra.Printed);
        Assert.Equal([serapan], results.OccurrencesOf(new FigureId(FigureKind.Serapan, "P1")));
        Assert.Equal("Tabel 3.1, baris 2 (L515)", capaianInTable.Location.ToString());
    }

    [Fact]
    public void Calculate_IsPure_TheSameReportGivesEqualResults() =>
        Assert.Equal(LkipCalculator.Calculate(Mayang()), LkipCalculator.Calculate(Mayang()));

    [Fact]
    public void Lkip_YearNoRenstraCovers_IsADataErrorNamingTheYear()
    {
        var e = Assert.Throws<SakipDataException>(() => new Lkip(new PerangkatDaerah("X", [Fixtures.Mayang()]), new FiscalYear(2030), LkipPolicies.PermenPanRbCapped));
        Assert.Equal("Lkip.Year", e.FieldPath);
        Assert.Equal("2030", e.Value);
    }

    [Fact]
    public void Calculate_ReportWithoutBudget_HasNoBudgetFigures_AndEfficiencyIsNotAssessed()
    {
        var report = new Lkip(new PerangkatDaerah("Kecamatan Mayang", [Fixtures.Mayang()]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped);
        var results = LkipCalculator.Calculate(report);
        Assert.Null(results.Budget);
        Assert.All(results.Renstra.Single().Sasaran, s => Assert.Equal(EfficiencyLevel.NotAssessed, s.Efficiency.Level));
        Assert.Null(results.Ikm);
        Assert.Equal(PredikatGradeStatus.NotGraded, results.IppCategory.Status);
    }

    [Fact]
    public void Calculate_UnusableIkmOrIppInput_LeavesTheFigureOut_AndNamesTheProblem_TheRestIsComputed()
    {
        var noAnswersToU3 = Enumerable.Range(0, 9).Select(i => i == 2 ? new AnswerCounts(0, 0, 0, 0) : new AnswerCounts(0, 0, 1, 1)).ToArray();
        var report = new Lkip(new PerangkatDaerah("Kecamatan Mayang", [Fixtures.Mayang()]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped,
            ikm: IkmInput.FromCounts(new IkmCounts(IkmDefinition.PermenPanRb14Tahun2017, noAnswersToU3, 2)),
            ipp: new IppInput(6m, 3m, null));
        var results = LkipCalculator.Calculate(report);
        Assert.Null(results.Ikm);
        Assert.Null(results.Ipp);
        Assert.Equal(["Survey.U3", "Ipp.F02"], results.Problems.Select(p => p.FieldPath));
        Assert.Equal("6", results.Problems[1].Value);
        Assert.Equal(4, results.Renstra.Single().Sasaran.Count);
    }

    [Fact]
    public void Calculate_NullReport_NamesTheParameter() =>
        Assert.Equal("report", Assert.Throws<System.ArgumentNullException>(() => LkipCalculator.Calculate(null!)).ParamName);

    [Fact]
    public void Calculate_UnitMean_FollowsThePolicy_OverSasaranOrOverIndicators()
    {
        // Mayang with a second indicator under S1 (capaian 50): over indicators (85,23 + 50 + 94,89… + 100 + 100) / 5,
        // over sasaran ((85,23 + 50) / 2 + 94,89… + 100 + 100) / 4.
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026),
        [
            new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [Fixtures.Numeric("IK1", 100m, 85.23m), Fixtures.Numeric("IK5", 100m, 50m)])]),
            new Tujuan("T2", "t", [],
            [
                new Sasaran("S2", "s", [Fixtures.Numeric("IK2", 93m, 88.25m)]),
                new Sasaran("S3", "s", [Fixtures.Numeric("IK3", 80m, 89m)]),
                new Sasaran("S4", "s", [Fixtures.Numeric("IK4", 100m, 100m)]),
            ]),
        ]);
        LkipResults Run(UnitAggregation unit) => LkipCalculator.Calculate(new Lkip(new PerangkatDaerah("X", [renstra]), Fixtures.Y2023,
            new LkipPolicies(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, unit, PaguBasis.Perubahan, EfficiencyPolicy.CapaianAboveSerapan)));
        Assert.Equal(86.0244946236559140m, Run(UnitAggregation.MeanOfIndicators).Renstra[0].UnitCapaian.Value);
        Assert.Equal(90.6268682795698925m, Run(UnitAggregation.MeanOfSasaran).Renstra[0].UnitCapaian.Value);
        Assert.Equal(4, Run(UnitAggregation.MeanOfSasaran).Renstra[0].UnitCapaian.Included);
    }

    [Fact]
    public void Calculate_GradesOnTheBasisThePoliciesChoose()
    {
        // IK3: 89 against 80 is 111,25 raw, 100 capped; graded on raw with a scale that separates them.
        var scale = PredikatScale.Create("s", [
            new PredikatBand("OVER", "above target", BandBound.Exclusive(100m), BandBound.Unbounded),
            new PredikatBand("UPTO", "up to target", BandBound.Unbounded, BandBound.Inclusive(100m))]);
        LkipResults Run(CapaianBasis basis) => LkipCalculator.Calculate(new Lkip(new PerangkatDaerah("X", [Fixtures.Mayang()]), Fixtures.Y2023,
            new LkipPolicies(CapaianPolicy.Capped100, scale, basis, UnitAggregation.MeanOfIndicators, PaguBasis.Perubahan, EfficiencyPolicy.CapaianAboveSerapan)));
        Assert.Equal("OVER", Run(CapaianBasis.Raw).Renstra[0].Indicators.Single(i => i.IndikatorCode == "IK3").Predikat.Band!.Code);
        Assert.Equal("UPTO", Run(CapaianBasis.Capped).Renstra[0].Indicators.Single(i => i.IndikatorCode == "IK3").Predikat.Band!.Code);
        // The previous year (2022) is compared when both years have a realisasi: 74 → 85,23 is up.
        Assert.Equal(Trend.Up, Run(CapaianBasis.Capped).Renstra[0].Indicators.Single(i => i.IndikatorCode == "IK1").AgainstPreviousYear!.Value.Direction);
    }

    [Fact]
    public void Calculate_IndicatorWithoutRealisasi_HasNoPredikat_AndASasaranWithoutCapaianNone()
    {
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026),
            [new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [Fixtures.Numeric("IK1", 100m, null)])])]);
        var result = LkipCalculator.Calculate(new Lkip(new PerangkatDaerah("X", [renstra]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped)).Renstra[0];
        Assert.Equal(PredikatGradeStatus.NotGraded, result.Indicators[0].Predikat.Status);
        Assert.Equal(PredikatGradeStatus.NotGraded, result.Sasaran[0].Predikat.Status);
        Assert.Equal(PredikatGradeStatus.NotGraded, result.UnitPredikat.Status);
        Assert.Null(result.Indicators[0].AgainstPreviousYear);
    }

    [Fact]
    public void Calculate_Benchmark_TheFirstValueForTheIndicatorCounts_AZeroBenchmarkToo()
    {
        var report = new Lkip(new PerangkatDaerah("X", [Fixtures.Mayang()]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped,
            benchmarks: [new BenchmarkValue("IK4", 0m, "Nasional"), new BenchmarkValue("IK2", 86.34m, "Kabupaten"), new BenchmarkValue("IK2", 90m, "Provinsi")]);
        var rows = LkipCalculator.Calculate(report).Renstra[0].Indicators;
        Assert.Equal("Kabupaten", rows.Single(i => i.IndikatorCode == "IK2").BenchmarkSource);
        Assert.Equal(100m, rows.Single(i => i.IndikatorCode == "IK4").Benchmark!.Value.Gap);
        Assert.Null(rows.Single(i => i.IndikatorCode == "IK1").Benchmark);
    }

    [Fact]
    public void Calculate_PrintedFiguresOfAnyYearForm_AndBothUnitFigures_AreKept()
    {
        var unitCapaian = new PrintedFigure(new FigureId(FigureKind.UnitCapaian, ""), PrintedLocation.InTable("Tabel 3.1"), "98%");
        var unitPredikat = new PrintedFigure(new FigureId(FigureKind.UnitPredikat, ""), PrintedLocation.InTable("Tabel 3.1"), "Sangat Memuaskan");
        var withYear = new PrintedFigure(new FigureId(FigureKind.Target, "IK2", Fixtures.Y2023), PrintedLocation.InTable("PK"), "93");
        var withoutYear = new PrintedFigure(new FigureId(FigureKind.Target, "IK2"), PrintedLocation.InTable("Tabel 3.1"), "93");
        var sasaranMean = new PrintedFigure(new FigureId(FigureKind.SasaranCapaian, "S2"), PrintedLocation.InText("Sasaran 2"), "95%");
        var results = LkipCalculator.Calculate(Mayang(unitCapaian, unitPredikat, withYear, withoutYear, sasaranMean)).Renstra[0];
        Assert.Equal([unitCapaian, unitPredikat], results.Printed);
        Assert.Equal([withYear, withoutYear], results.Indicators.Single(i => i.IndikatorCode == "IK2").Printed);
        Assert.Equal([sasaranMean], results.Sasaran.Single(s => s.SasaranCode == "S2").Printed);
    }

    [Fact]
    public void Calculate_SasaranWithoutLinkedBudget_HasNoBudget_AndContributionListsNestedLines()
    {
        var tree = new BudgetTree(
            [new BudgetItem("P1", BudgetLevel.Program, "P", default,
                [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 10m, 8m), [], outputs: [Output("OUT1", 4m, 4m)])])],
            [new SasaranBudgetLink("S1", "P1")]);
        var report = new Lkip(new PerangkatDaerah("X", [Fixtures.Mayang()]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped, tree);
        var sasaran = LkipCalculator.Calculate(report).Renstra[0].Sasaran;
        Assert.Null(sasaran.Single(s => s.SasaranCode == "S2").Budget);
        Assert.Equal(["P1", "K1"], sasaran.Single(s => s.SasaranCode == "S1").Contribution.Select(c => c.BudgetKey));
        Assert.Equal(100m, sasaran.Single(s => s.SasaranCode == "S1").Contribution[1].OutputCapaian.Value);
        Assert.Equal(EfficiencyLevel.NotAssessed, sasaran.Single(s => s.SasaranCode == "S1").Contribution[0].Efficiency.Level);
    }

    [Fact]
    public void Calculate_AProblem_KeepsTheMessageOfTheRefusedInput()
    {
        var report = new Lkip(new PerangkatDaerah("X", [Fixtures.Mayang()]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped, ipp: new IppInput(3m, -1m, null));
        var problem = Assert.Single(LkipCalculator.Calculate(report).Problems);
        Assert.Equal("Ipp.F03", problem.FieldPath);
        Assert.Contains("0", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TujuanIndicators_AreRows_WithoutASasaran()
    {
        var sakip = new Indikator("NS", "Nilai SAKIP", "nilai", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(80m), realisasi: IndicatorValue.FromNumber(61m))]);
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026), [new Tujuan("T1", "t", [sakip], [new Sasaran("S1", "s", [Fixtures.Numeric("IK1", 100m, 85.23m)])])]);
        var rows = LkipCalculator.Calculate(new Lkip(new PerangkatDaerah("X", [renstra]), Fixtures.Y2023, LkipPolicies.PermenPanRbCapped)).Renstra[0].Indicators;
        Assert.Equal(["NS", "IK1"], rows.Select(r => r.IndikatorCode));
        Assert.Null(rows[0].SasaranCode);
        Assert.Equal(76.25m, rows[0].Capaian.Raw);
    }

    [Fact]
    public void Calculate_TheFirstPossibleYear_HasNoPreviousYearToCompare()
    {
        var renstra = new Renstra("R", new RenstraPeriod(1, 5),
            [new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue,
                [new IndicatorYear(new FiscalYear(1), pkTarget: Target.Of(100m), realisasi: IndicatorValue.FromNumber(90m))])])])]);
        var row = LkipCalculator.Calculate(new Lkip(new PerangkatDaerah("X", [renstra]), new FiscalYear(1), LkipPolicies.PermenPanRbCapped)).Renstra[0].Indicators[0];
        Assert.Null(row.AgainstPreviousYear);
        Assert.Equal(90m, row.Capaian.Value);
    }
}
