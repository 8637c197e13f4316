using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/predikat-scales.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class PredikatScaleExamples
{
    [Fact]
    public void The_PermenPANRB_88_2021_scale_grades_the_Mayang_capaian_lower_exclusive()
    {
        // begin-snippet: scales-88
        PredikatScale scale = PredikatScale.PermenPanRb88Tahun2021;

        // Mayang 2023 grades its capped capaian on this scale.
        PredikatBand programs = scale.Classify(85.23m);   // A  Memuaskan
        PredikatBand ikm = scale.Classify(94.89m);        // AA Sangat Memuaskan

        // The regulation writes the bands "> 80 – 90": lower-exclusive, upper-inclusive.
        string at80 = scale.Classify(80m).Code;           // "BB"
        string above80 = scale.Classify(80.01m).Code;     // "A"
        string atZero = scale.Classify(0m).Code;          // "D"
        string uncapped = scale.Classify(111.25m).Code;   // "AA": an uncapped capaian above 100 is in the top band

        // Many applications read the same bands lower-inclusive; offered by name, never the default.
        string at80Inclusive = PredikatScale.PermenPanRb88Tahun2021LowerInclusive.Classify(80m).Code;   // "A"
        // end-snippet

        Assert.Equal(("A", "Memuaskan"), (programs.Code, programs.Label));
        Assert.Equal(("AA", "Sangat Memuaskan"), (ikm.Code, ikm.Label));
        Assert.Equal(("BB", "A", "D", "AA", "A"), (at80, above80, atZero, uncapped, at80Inclusive));
        Assert.Equal("AA A BB B CC C D", string.Join(" ", scale.Bands.Select(b => b.Code)));
    }

    [Fact]
    public void The_Permendagri_86_2017_scale_closes_its_printed_gaps_upward_and_Kencong_starts_the_top_band_at_90()
    {
        // begin-snippet: scales-86
        PredikatScale regulation = PredikatScale.Permendagri86Tahun2017;         // ≥ 91, 76–90, 66–75, 51–65, ≤ 50
        PredikatScale kencong = PredikatScale.Permendagri86Tahun2017From90;      // as Kencong 2025 prints it: ≥ 90

        // Kencong 2025 grades its raw capaian: Nilai SAKIP 80,41 / 81 = 99,27 %; IPP 3,17 / 4,3 = 73,72 %.
        string sakip = kencong.Classify(99.27m).Label;   // "Sangat Tinggi"
        string ipp = kencong.Classify(73.72m).Label;     // "Sedang"

        // The printed bands leave gaps for non-integers; each band runs up to the next band's lower bound.
        string gap90 = regulation.Classify(90.5m).Label;   // "Tinggi"
        string gap75 = regulation.Classify(75.5m).Label;   // "Sedang"
        string at90 = regulation.Classify(90m).Label;      // "Tinggi" (the regulation's "≥ 91")
        string at90Kencong = kencong.Classify(90m).Label;  // "Sangat Tinggi"
        // end-snippet

        Assert.Equal(("Sangat Tinggi", "Sedang"), (sakip, ipp));
        Assert.Equal(("Tinggi", "Sedang", "Tinggi", "Sangat Tinggi"), (gap90, gap75, at90, at90Kencong));
    }

    [Fact]
    public void A_custom_scale_is_data_validated_when_built_and_relabelled_without_touching_its_bounds()
    {
        // begin-snippet: scales-custom
        // A scale some reports print: the 88/2021 bands without CC, C running from 30 to 60.
        PredikatScale withoutCc = PredikatScale.Create("88/2021 tanpa CC",
        [
            new PredikatBand("AA", "Sangat Memuaskan", BandBound.Exclusive(90m), BandBound.Unbounded),
            new PredikatBand("A", "Memuaskan", BandBound.Exclusive(80m), BandBound.Inclusive(90m)),
            new PredikatBand("BB", "Sangat Baik", BandBound.Exclusive(70m), BandBound.Inclusive(80m)),
            new PredikatBand("B", "Baik", BandBound.Exclusive(60m), BandBound.Inclusive(70m)),
            new PredikatBand("C", "Kurang", BandBound.Exclusive(30m), BandBound.Inclusive(60m)),
            new PredikatBand("D", "Sangat Kurang", BandBound.Unbounded, BandBound.Inclusive(30m)),
        ]);
        string c = withoutCc.Classify(55m).Code;   // "C"

        // Reports word the bands differently: relabel, keeping codes and bounds.
        PredikatScale cukupMemadai = PredikatScale.PermenPanRb88Tahun2021.WithLabels("88/2021 (B: Cukup Memadai)",
            new Dictionary<string, string> { ["B"] = "Cukup Memadai" });
        string b = cukupMemadai.Classify(65m).Label;   // "Cukup Memadai"

        // Bands that overlap, repeat a code or leave a hole are refused when the scale is built.
        Action overlapping = () => PredikatScale.Create("overlapping",
        [
            new PredikatBand("ST", "Sangat Tinggi", BandBound.Inclusive(90m), BandBound.Unbounded),
            new PredikatBand("T", "Tinggi", BandBound.Inclusive(76m), BandBound.Inclusive(90m)),
            new PredikatBand("R", "Rendah", BandBound.Unbounded, BandBound.Exclusive(76m)),
        ]);
        // overlapping() throws InvalidScaleException: 90 is in ST and in T
        // end-snippet

        Assert.Equal("C", c);
        Assert.Equal("Cukup Memadai", b);
        Assert.Equal("Baik", PredikatScale.PermenPanRb88Tahun2021.Classify(65m).Label);
        var e = Assert.Throws<InvalidScaleException>(overlapping);
        Assert.Contains("90", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_as_printed_keeps_its_holes_and_grades_a_value_in_one_as_in_a_gap()
    {
        // begin-snippet: scales-as-printed
        // Kencong 2025, Tabel 3.1, the whole-number bands as printed (with 90 given to ST only):
        PredikatScale printed = PredikatScale.CreateAsPrinted("Kencong 2025 Tabel 3.1",
        [
            new PredikatBand("ST", "Sangat Tinggi", BandBound.Inclusive(90m), BandBound.Unbounded),
            new PredikatBand("T", "Tinggi", BandBound.Inclusive(76m), BandBound.Exclusive(90m)),
            new PredikatBand("S", "Sedang", BandBound.Inclusive(66m), BandBound.Inclusive(75m)),
            new PredikatBand("R", "Rendah", BandBound.Inclusive(51m), BandBound.Inclusive(65m)),
            new PredikatBand("SR", "Sangat Rendah", BandBound.Unbounded, BandBound.Inclusive(50m)),
        ]);
        // printed.HasGaps = true: 75 < x < 76, 65 < x < 66 and 50 < x < 51 have no band

        PredikatGrade inGap = printed.Grade(75.5m);     // inGap.Status = PredikatGradeStatus.InGap, inGap.Band = null
        PredikatGrade graded = printed.Grade(73.72m);   // graded.Status = Graded, graded.Band.Code = "S"
        // printed.Classify(75.5m) throws ArgumentOutOfRangeException: no band is guessed
        // end-snippet

        Assert.True(printed.HasGaps);
        Assert.Equal((PredikatGradeStatus.InGap, (PredikatBand?)null), (inGap.Status, inGap.Band));
        Assert.Equal((PredikatGradeStatus.Graded, "S"), (graded.Status, graded.Band!.Code));
        Assert.Throws<ArgumentOutOfRangeException>(() => printed.Classify(75.5m));
        Assert.False(PredikatScale.Permendagri86Tahun2017From90.HasGaps);
        Assert.Equal(-1, printed.IndexOf(75.5m));
    }

    [Fact]
    public void The_grade_statuses_are_those_the_page_describes()
    {
        Assert.Equal(PredikatGradeStatus.AboveScale, Sakip.Measurement.Ipp.IppScale.PermenPanRb29Tahun2022.Grade(5.5m).Status);
        Assert.Equal(PredikatGradeStatus.BelowScale, Sakip.Measurement.Ipp.IppScale.PermenPanRb29Tahun2022.Grade(-1m).Status);
        Assert.Equal(PredikatGradeStatus.NotGraded, default(PredikatGrade).Status);

        var ajung = LkipCalculator.Calculate(Review.SeedReviewTests.Sample("ajung-2023.json"));
        var withoutRealisasi = ajung.Renstra[0].Indicators.Single(r => r.IndikatorCode == "IKU-5");
        Assert.Equal(CapaianStatus.NoRealisasi, withoutRealisasi.Capaian.Status);
        Assert.Equal(PredikatGradeStatus.NotGraded, withoutRealisasi.Predikat.Status);
    }
}
