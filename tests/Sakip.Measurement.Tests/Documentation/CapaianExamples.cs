using System;
using System.Linq;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/capaian.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class CapaianExamples
{
    [Fact]
    public void Capaian_of_a_positive_indicator_is_realisasi_over_target_kept_to_16_places()
    {
        // begin-snippet: capaian-positive
        // Mayang 2023, Tabel 3.1: IKU-1 target 100 %, realisasi 85,23 %; IKU-2 (IKM) target 93, realisasi 88,25.
        CapaianResult programs = Capaian.Calculate(100m, 85.23m, Polarity.Positive, CapaianPolicy.Capped100);
        CapaianResult ikm = Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100);

        // programs.Value = 85.23, programs.Rule = CapaianRule.Positive
        // ikm.Raw = 94.8924731182795699: the exact quotient, rounded once to 16 places
        string printed = NumberPattern.Percent.Format(ikm.Value);   // "94,89%": rounded only to print
        // end-snippet

        Assert.Equal((CapaianStatus.Computed, CapaianRule.Positive, 85.23m), (programs.Status, programs.Rule, programs.Value));
        Assert.Equal(94.8924731182795699m, ikm.Raw);
        Assert.Equal(ikm.Raw, ikm.Value);
        Assert.Equal("94,89%", printed);
    }

    [Fact]
    public void Capping_keeps_the_raw_capaian_beside_the_counted_one()
    {
        // begin-snippet: capaian-capping
        // Mayang 2023, IKU-3: target 80 (PK Perubahan), realisasi 89.
        CapaianResult capped = Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100);
        // capped.Raw = 111.25, capped.Value = 100, capped.Adjustment = CapAdjustment.Ceiling (the 2023 reports' practice)

        CapaianResult uncapped = Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Uncapped);
        // uncapped.Value = 111.25 (Kencong 2025 prints uncapped values)

        // Kencong 2025, Nilai SAKIP as a number: target 67, realisasi 80,41 — raw 120,0149…; some applications cap at 120.
        var capAt120 = new CapaianPolicy { Capping = CappingPolicy.Custom(ceiling: 120m, floor: 0m) };
        CapaianResult sakip = Capaian.Calculate(67m, 80.41m, Polarity.Positive, capAt120);
        // sakip.Raw = 120.0149253731343284, sakip.Value = 120, sakip.WasCapped = true
        // end-snippet

        Assert.Equal((111.25m, 100m, CapAdjustment.Ceiling), (capped.Raw, capped.Value, capped.Adjustment));
        Assert.Equal((111.25m, CapAdjustment.None), (uncapped.Value, uncapped.Adjustment));
        Assert.Equal((120.0149253731343284m, 120m, true), (sakip.Raw, sakip.Value, sakip.WasCapped));
    }

    [Fact]
    public void Capaian_of_a_negative_indicator_uses_the_regulation_formula_unless_the_policy_names_the_inverse()
    {
        // begin-snippet: capaian-negative
        // A negative indicator (lower is better), e.g. the number of unresolved public-order cases: target 10.
        CapaianResult twelve = Capaian.Calculate(10m, 12m, Polarity.Negative, CapaianPolicy.Capped100);
        // (2 × 10 − 12) / 10 × 100 = 80, twelve.Rule = CapaianRule.NegativeRegulation

        var inverse = CapaianPolicy.Capped100 with { NegativeFormula = NegativeFormula.Inverse };
        CapaianResult twelveInverse = Capaian.Calculate(10m, 12m, Polarity.Negative, inverse);
        // 10 / 12 × 100 = 83.3333333333333333, twelveInverse.Rule = CapaianRule.NegativeInverse

        CapaianResult eight = Capaian.Calculate(10m, 8m, Polarity.Negative, CapaianPolicy.Capped100);
        // raw 120, counted 100 (ceiling)
        CapaianResult twentyFive = Capaian.Calculate(10m, 25m, Polarity.Negative, CapaianPolicy.Capped100);
        // raw −50, counted 0 (floor)
        // end-snippet

        Assert.Equal((80m, CapaianRule.NegativeRegulation), (twelve.Value, twelve.Rule));
        Assert.Equal((83.3333333333333333m, CapaianRule.NegativeInverse), (twelveInverse.Value, twelveInverse.Rule));
        Assert.Equal((120m, 100m, CapAdjustment.Ceiling), (eight.Raw, eight.Value, eight.Adjustment));
        Assert.Equal((-50m, 0m, CapAdjustment.Floor), (twentyFive.Raw, twentyFive.Value, twentyFive.Adjustment));
    }

    [Fact]
    public void A_range_target_is_met_inside_and_measured_from_the_nearer_bound_outside()
    {
        // begin-snippet: capaian-range
        // An inflation target of 2–4 %.
        CapaianResult inside = Capaian.CalculateRange(2m, 4m, 3.1m, CapaianPolicy.Capped100);   // 100, CapaianRule.RangeInside
        CapaianResult above = Capaian.CalculateRange(2m, 4m, 5m, CapaianPolicy.Capped100);      // (2 × 4 − 5) / 4 × 100 = 75, RangeAbove
        CapaianResult below = Capaian.CalculateRange(2m, 4m, 1.5m, CapaianPolicy.Capped100);    // 1,5 / 2 × 100 = 75, RangeBelow

        // The same through a Target, as a report file holds it:
        CapaianResult viaTarget = Capaian.Calculate(Target.Range(2m, 4m), IndicatorValue.FromNumber(5m), Polarity.Positive, CapaianPolicy.Capped100);
        // viaTarget == above
        // end-snippet

        Assert.Equal((100m, CapaianRule.RangeInside), (inside.Value, inside.Rule));
        Assert.Equal((75m, CapaianRule.RangeAbove), (above.Value, above.Rule));
        Assert.Equal((75m, CapaianRule.RangeBelow), (below.Value, below.Rule));
        Assert.Equal(above, viaTarget);
    }

    [Fact]
    public void Grades_with_scores_are_measured_on_their_scores()
    {
        // begin-snippet: capaian-ordinal-scores
        IndicatorValuePattern values = IndicatorValuePattern.Default;   // reads "BB (80)", "A (80,41)", "85,23%", "4 Dok"

        // Patrang 2023, Nilai SAKIP: target BB (80), realisasi B (61).
        CapaianResult patrang = Capaian.Calculate(
            Target.Of(values.Parse("BB (80)").Value), values.Parse("B (61)").Value, Polarity.Positive, CapaianPolicy.Capped100);
        // 61 / 80 × 100 = 76.25, patrang.Rule = CapaianRule.OrdinalScore

        // Kencong 2025, Nilai SAKIP: target B (67), realisasi A (80,41), uncapped as the report prints it.
        CapaianResult kencong = Capaian.Calculate(
            Target.Of(values.Parse("B (67)").Value), values.Parse("A (80,41)").Value, Polarity.Positive, CapaianPolicy.Uncapped);
        // 80,41 / 67 × 100 = 120.0149253731343284, printed "120,01%"
        // end-snippet

        Assert.Equal((76.25m, CapaianRule.OrdinalScore), (patrang.Value, patrang.Rule));
        Assert.Equal((120.0149253731343284m, CapaianRule.OrdinalScore), (kencong.Value, kencong.Rule));
        Assert.Equal("120,01%", NumberPattern.Percent.Format(kencong.Value));
    }

    [Fact]
    public void Grades_without_scores_are_met_or_not_or_compared_by_rank_as_the_policy_says()
    {
        // begin-snippet: capaian-ordinal-grades
        IndicatorValuePattern values = IndicatorValuePattern.Default;   // grades of OrdinalScale.SakipGrade: D, C, CC, B, BB, A, AA
        IndicatorValue bb = values.Parse("BB").Value, b = values.Parse("B").Value, a = values.Parse("A").Value;

        CapaianResult missed = Capaian.CalculateOrdinal(bb, b, Polarity.Positive, CapaianPolicy.Capped100);
        // 0: target BB not reached (CapaianRule.OrdinalMet, the default OrdinalCapaianMethod.MetOrNotMet)
        CapaianResult reached = Capaian.CalculateOrdinal(b, a, Polarity.Positive, CapaianPolicy.Capped100);
        // 100: target B reached by A

        var byRank = CapaianPolicy.Capped100 with { OrdinalMethod = OrdinalCapaianMethod.RankRatio };
        CapaianResult ratio = Capaian.CalculateOrdinal(bb, b, Polarity.Positive, byRank);
        // (rank(B) + 1) / (rank(BB) + 1) × 100 = 4 / 5 × 100 = 80, CapaianRule.OrdinalRankRatio

        CapaianResult mixed = Capaian.CalculateOrdinal(bb, IndicatorValue.FromNumber(80m), Polarity.Positive, CapaianPolicy.Capped100);
        // mixed.Status = CapaianStatus.NotComparable: a grade without a score against a number
        // end-snippet

        Assert.Equal((0m, CapaianRule.OrdinalMet), (missed.Value, missed.Rule));
        Assert.Equal((100m, CapaianRule.OrdinalMet), (reached.Value, reached.Rule));
        Assert.Equal((80m, CapaianRule.OrdinalRankRatio), (ratio.Value, ratio.Rule));
        Assert.Equal(CapaianStatus.NotComparable, mixed.Status);
        Assert.Equal("D C CC B BB A AA", string.Join(" ", OrdinalScale.SakipGrade.Codes));
    }

    [Fact]
    public void A_zero_target_or_a_missing_realisasi_gives_a_status_never_a_silent_zero()
    {
        // begin-snippet: capaian-zero-and-missing
        // Zero complaints wanted, zero received: 100 % for a negative indicator (the default ZeroTargetPolicy).
        CapaianResult none = Capaian.Calculate(0m, 0m, Polarity.Negative, CapaianPolicy.Capped100);
        // none.Value = 100, none.Rule = CapaianRule.ZeroOfZero

        CapaianResult positiveZero = Capaian.Calculate(0m, 0m, Polarity.Positive, CapaianPolicy.Capped100);
        // positiveZero.Status = CapaianStatus.ZeroTarget: a ratio over zero is undefined
        var anyZeroOfZero = CapaianPolicy.Capped100 with { ZeroTarget = ZeroTargetPolicy.ZeroOfZeroIsFullAchievement };
        // Capaian.Calculate(0m, 0m, Polarity.Positive, anyZeroOfZero).Value = 100

        CapaianResult notReported = Capaian.Calculate(100m, null, Polarity.Positive, CapaianPolicy.Capped100);
        // notReported.Status = CapaianStatus.NoRealisasi; notReported.ValueOrNull = null; notReported.Value throws

        var inverse = CapaianPolicy.Capped100 with { NegativeFormula = NegativeFormula.Inverse };
        // Capaian.Calculate(10m, 0m, Polarity.Negative, inverse).Status = CapaianStatus.ZeroRealisasi
        // end-snippet

        Assert.Equal((100m, CapaianRule.ZeroOfZero), (none.Value, none.Rule));
        Assert.Equal(CapaianStatus.ZeroTarget, positiveZero.Status);
        Assert.Equal(100m, Capaian.Calculate(0m, 0m, Polarity.Positive, anyZeroOfZero).Value);
        Assert.Equal(CapaianStatus.ZeroTarget, Capaian.Calculate(0m, 0m, Polarity.Negative, CapaianPolicy.Capped100 with { ZeroTarget = ZeroTargetPolicy.NoCapaian }).Status);
        Assert.Equal(CapaianStatus.NoRealisasi, notReported.Status);
        Assert.Null(notReported.ValueOrNull);
        Assert.Throws<InvalidOperationException>(() => notReported.Value);
        Assert.Equal(CapaianStatus.ZeroRealisasi, Capaian.Calculate(10m, 0m, Polarity.Negative, inverse).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(-1m, 0m, Polarity.Positive, CapaianPolicy.Capped100));
    }

    [Fact]
    public void Quarterly_realisasi_roll_up_to_the_year_only_when_all_four_quarters_are_reported()
    {
        // begin-snippet: capaian-quarters
        // A counted output (reports handled), summed over the quarters; the fourth is not reported yet.
        var laporan = new Indikator("IKK-1", "Jumlah laporan pelanggaran yang ditindaklanjuti", "laporan",
            Polarity.Positive, TargetKind.SingleValue,
            [
                new IndicatorYear(new FiscalYear(2023), pkTarget: Target.Of(40m),
                    quarterlyRealisasi: new QuarterlyValues(9m, 12m, 11m, null),
                    quarterlyTargets: new QuarterlyValues(10m, 10m, 10m, 10m)),
            ],
            QuarterlyAggregation.Sum);

        CapaianResult year = Capaian.ForYear(laporan, new FiscalYear(2023), CapaianPolicy.Capped100);
        // year.Status = CapaianStatus.NoRealisasi: three quarters are not a year, and missing is not zero
        decimal? toDate = laporan.GetYear(new FiscalYear(2023))!.QuarterlyRealisasi.AggregateToDate(QuarterlyAggregation.Sum, 3);
        // 32, asked for explicitly
        CapaianResult q2 = Capaian.ForQuarter(laporan, new FiscalYear(2023).Quarter(2), CapaianPolicy.Capped100);
        // 12 / 10: raw 120, counted 100
        // end-snippet

        Assert.Equal(CapaianStatus.NoRealisasi, year.Status);
        Assert.Equal(32m, toDate);
        Assert.Equal((120m, 100m), (q2.Raw, q2.Value));
    }

    [Fact]
    public void The_printed_figures_the_page_quotes_are_those_of_the_seed_reports()
    {
        string[] Printed(string sample, FigureKind kind, string subject) =>
            [.. Review.SeedReviewTests.Sample(sample).OccurrencesOf(new FigureId(kind, subject)).Select(p => p.Text)];

        Assert.Contains("85,23%", Printed("mayang-2023.json", FigureKind.Capaian, "IKU-1"));
        Assert.Contains("95%", Printed("mayang-2023.json", FigureKind.Capaian, "IKU-2"));
        Assert.Contains("111,3%", Printed("mayang-2023.json", FigureKind.Capaian, "IKU-3"));
        Assert.Contains("120%", Printed("kencong-2025.json", FigureKind.Capaian, "IKT-1"));
        Assert.Contains("76,25%", Printed("patrang-2023.json", FigureKind.Capaian, "IKU-5"));
        Assert.Contains("Sangat Baik", Printed("patrang-2023.json", FigureKind.Predikat, "IKU-5"));
    }
}
