using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Ipp;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/ipp.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class IppExamples
{
    [Fact]
    public void The_IPP_is_three_quarters_of_form_F02_and_a_quarter_of_form_F03()
    {
        // begin-snippet: ipp-compose
        // Kencong 2025 prints the formula and the result, IPP 3,17, but not the form scores;
        // any pair with 0,75 × F-02 + 0,25 × F-03 = 3,17 reproduces it, e.g. 3,2 and 3,08:
        decimal ipp = IppCalculator.Compose(f02: 3.2m, f03: 3.08m, IppComposition.Default);   // 2,4 + 0,77 = 3.17
        PredikatBand category = IppScale.PermenPanRb29Tahun2022.Classify(ipp);                // B- Baik (dengan catatan)

        // Other shares are a parameter, validated to sum to 100:
        decimal even = IppCalculator.Compose(3.2m, 3.08m, new IppComposition(f02Share: 50m, f03Share: 50m));   // 3.14
        // end-snippet

        Assert.Equal(3.17m, ipp);
        Assert.Equal(("B-", "Baik (dengan catatan)"), (category.Code, category.Label));
        Assert.Equal(3.14m, even);
        Assert.Equal((75m, 25m), (IppComposition.Default.F02Share, IppComposition.Default.F03Share));
        Assert.Throws<SakipDataException>(() => new IppComposition(70m, 20m));
    }

    [Fact]
    public void The_nine_categories_grade_the_Kencong_figures_and_take_the_report_s_labels()
    {
        // begin-snippet: ipp-scale
        PredikatScale categories = IppScale.PermenPanRb29Tahun2022;
        // Kencong 2025, Tabel 3.8: baseline 2024 2,7; realisasi 2025 3,17; target 2025 4,3; national target 3,68.
        string baseline = categories.Classify(2.7m).Code;     // "C"  Cukup
        string realisasi = categories.Classify(3.17m).Code;   // "B-" Baik (dengan catatan)
        string target = categories.Classify(4.3m).Code;       // "A-" Sangat Baik
        string national = categories.Classify(3.68m).Code;    // "B"  Baik

        // The report words some categories differently; the bounds stay the regulation's.
        PredikatScale asKencong = categories.WithLabels("IPP (Kencong LKIP 2025)", new Dictionary<string, string>
        {
            ["B-"] = "Baik (DC)",
            ["C-"] = "Cukup (DC)",
            ["D"] = "Prioritas Pembinaan",
            ["E"] = "Prioritas Pembinaan",
        });
        string label = asKencong.Classify(3.17m).Label;   // "Baik (DC)"
        // end-snippet

        Assert.Equal(("C", "B-", "A-", "B"), (baseline, realisasi, target, national));
        Assert.Equal("Baik (DC)", label);
        Assert.Equal("A A- B B- C C- D E F", string.Join(" ", categories.Bands.Select(b => b.Code)));
    }

    [Fact]
    public void A_form_score_is_the_weighted_sum_of_the_aspect_scores()
    {
        // begin-snippet: ipp-instrument
        IppInstrument instrument = IppInstrument.PermenPanRb5Tahun2023;
        // KP Kebijakan Pelayanan 24, PR Profesionalisme SDM 25, SP Sarana dan Prasarana 18,
        // SI Sistem Informasi Pelayanan Publik 11, KO Konsultasi dan Pengaduan 10, IN Inovasi 12 (percent)

        // Aspect scores of one form, 0–5 (constructed: the seed reports print none).
        IppAssessment form = IppCalculator.FromAspectScores(instrument, new Dictionary<string, decimal>
        {
            ["KP"] = 3.5m,
            ["PR"] = 3.0m,
            ["SP"] = 3.2m,
            ["SI"] = 2.8m,
            ["KO"] = 3.0m,
            ["IN"] = 2.5m,
        });
        // form.Value = (24 × 3,5 + 25 × 3,0 + 18 × 3,2 + 11 × 2,8 + 10 × 3,0 + 12 × 2,5) / 100 = 3.074, form.Category.Code = "B-"
        decimal kebijakan = form.Aspects[0].Contribution;   // 24 × 3,5 / 100 = 0.84
        // end-snippet

        Assert.Equal("KP PR SP SI KO IN", string.Join(" ", instrument.Aspects.Select(a => a.Code)));
        Assert.Equal("24 25 18 11 10 12", string.Join(" ", instrument.Aspects.Select(a => a.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(3.074m, form.Value);
        Assert.Equal("B-", form.Category.Code);
        Assert.Equal(0.84m, kebijakan);
    }
}
