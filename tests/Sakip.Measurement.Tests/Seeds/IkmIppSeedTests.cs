using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Ipp;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Seeds;

/// <summary>
/// Golden tests for the IKM and IPP figures the seed reports print. The seeds publish no survey
/// data, element scores or aspect scores (SEEDS.md §4.4), so only the final indexes can be
/// graded: IKM on the PermenPANRB 14/2017 mutu scale (SEEDS.md §4.3 scale D, 004 L1393) and IPP
/// on the PermenPANRB 29/2022 categories (scale E, 004 L433-436, repeated L1389). Printed values
/// are read with the library's parser, exactly as printed. Errata (M11, K04) are asserted as
/// differences, never as expected values.
/// </summary>
public class IkmIppSeedTests
{
    private static readonly PredikatScale Mutu = IkmDefinition.PermenPanRb14Tahun2017.MutuScale;
    private static readonly PredikatScale IppCategories = IppScale.PermenPanRb29Tahun2022;

    private static decimal Printed(string text) => NumberPattern.Number.WithDecimalPointAccepted().Parse(text).GetValueOrThrow();

    // ---------------------------------------------------------------- IKM (scale D)

    [Theory]
    // Kencong 2025 realisasi: 004 L91, L108, L584, L864 ("92,33").
    [InlineData("004 Kencong", "92,33", "A", "Sangat Baik")]
    // Mayang 2023 realisasi: 000 L515 ("88.25", decimal point), L537 and L655 ("88,25").
    [InlineData("000 Mayang", "88.25", "B", "Baik")]
    [InlineData("000 Mayang", "88,25", "B", "Baik")]
    // Ajung 2023 realisasi: 001 L391 ("85").
    [InlineData("001 Ajung", "85", "B", "Baik")]
    // Patrang 2023 realisasi: 003 L441 ("80").
    [InlineData("003 Patrang", "80", "B", "Baik")]
    // Kabupaten Jember IKM 2023 quoted as benchmark: 000 L608, 001 L468 ("86,34%"), 003 L518.
    [InlineData("Jember benchmark", "86,34", "B", "Baik")]
    public void SeedIkm_IsGradedOnTheMutuScaleOfPermenPanRb14Tahun2017(string seed, string printed, string code, string label)
    {
        var band = Mutu.Classify(Printed(printed));
        Assert.True(code == band.Code, $"{seed}: IKM {printed} graded {band.Code}, expected {code}");
        Assert.Equal(label, band.Label);
    }

    [Fact]
    public void SeedIkm_MutuBands_AreThosePrintedAt004L1393()
    {
        // 004 L1393: "Kategori A (88,31 – 100) = Sangat Baik • Kategori B (76,61 – 88,30) = Baik •
        // Kategori C (65,00 – 76,60) = Kurang Baik • Kategori D (25,00 – 64,99) = Tidak Baik".
        (string Printed, string Code)[] bounds =
        [
            ("88,31", "A"), ("100", "A"), ("76,61", "B"), ("88,30", "B"), ("65,00", "C"), ("76,60", "C"), ("25,00", "D"), ("64,99", "D"),
        ];
        foreach (var (printed, code) in bounds)
        {
            Assert.Equal(code, Mutu.Classify(Printed(printed)).Code);
        }
    }

    [Fact]
    public void ErratumM11_MayangTicksIkmUnderBaik_WhichIsTheMutuLabel_NotTheCapaianPredikat()
    {
        // 000 L650 (Tabel 3.5 header): Sangat Memuaskan | Memuaskan | Sangat Baik | Baik | Cukup | Kurang | Sangat Kurang.
        // 000 L655: "Indikator Indeks Kepuasan Masyarakat 88,25" with the tick in the 4th column, "Baik".
        const string TickedColumn = "Baik";
        decimal ikm = Printed("88,25");

        // The IKM's own mutu (scale D) is B "Baik": the word the report ticked.
        var mutu = Mutu.Classify(ikm);
        Assert.Equal("B", mutu.Code);
        Assert.Equal(TickedColumn, mutu.Label);

        // Table 3.5 grades capaian on PermenPANRB 88/2021: IKM target 93 (000 L515), realisasi 88,25,
        // capaian 88,25 / 93 × 100 = 94,89 → AA "Sangat Memuaskan" (SEEDS.md §2.0, 000 L515).
        var capaian = Capaian.Calculate(93m, ikm, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(94.89m, decimal.Round(capaian.Value, 2, MidpointRounding.AwayFromZero));
        var predikat = PredikatScale.PermenPanRb88Tahun2021.Classify(capaian.Value);
        Assert.Equal("AA", predikat.Code);
        Assert.Equal("Sangat Memuaskan", predikat.Label);

        // The erratum: the tick is the mutu label, not the capaian predikat.
        Assert.NotEqual(mutu.Label, predikat.Label);
        Assert.NotEqual(TickedColumn, predikat.Label);
        // Not even the realisasi graded on the capaian scale gives "Baik" (it is A "Memuaskan").
        Assert.Equal("Memuaskan", PredikatScale.PermenPanRb88Tahun2021.Classify(ikm).Label);
    }

    // ---------------------------------------------------------------- IPP (scale E)

    [Theory]
    // 004 L863 (Tabel 3.8, IPP row): baseline 2024 "2,7", target 2025 "4,3", realisasi 2025 "3,17",
    // national benchmark "Target Nilai IPP Nasional 3,68".
    [InlineData("realisasi 2025", "3,17", "B-", "Baik (dengan catatan)")]
    [InlineData("baseline 2024", "2,7", "C", "Cukup")]
    [InlineData("national target", "3,68", "B", "Baik")]
    [InlineData("target 2025", "4,3", "A-", "Sangat Baik")]
    public void SeedIpp_IsGradedOnTheNineCategories(string what, string printed, string code, string label)
    {
        var band = IppCategories.Classify(Printed(printed));
        Assert.True(code == band.Code, $"IPP {what} {printed} graded {band.Code}, expected {code}");
        Assert.Equal(label, band.Label);
    }

    [Fact]
    public void ErratumK04_ThePrintedCodeBForThe3_01To3_50Band_IsBMinus()
    {
        // 004 L436 and L1389: "Kategori B (3,51–4,00) = Baik • Kategori B (3,01–3,50) = Baik (DC)":
        // the code B is printed twice; the band below B is B- (as C- is below C).
        const string PrintedCode = "B";
        foreach (string printed in new[] { "3,01", "3,17", "3,50" })
        {
            var band = IppCategories.Classify(Printed(printed));
            Assert.Equal("B-", band.Code);
            Assert.NotEqual(PrintedCode, band.Code);
        }
        Assert.Equal("B", IppCategories.Classify(Printed("3,51")).Code);

        // The scale exactly as printed cannot be built: a code may not repeat.
        Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("IPP as printed in 004 L436",
        [
            new PredikatBand("A", "Pelayanan Prima", BandBound.Exclusive(4.5m), BandBound.Inclusive(5m)),
            new PredikatBand("A-", "Sangat Baik", BandBound.Exclusive(4m), BandBound.Inclusive(4.5m)),
            new PredikatBand("B", "Baik", BandBound.Exclusive(3.5m), BandBound.Inclusive(4m)),
            new PredikatBand("B", "Baik (DC)", BandBound.Exclusive(3m), BandBound.Inclusive(3.5m)),
            new PredikatBand("C", "Cukup", BandBound.Exclusive(2.5m), BandBound.Inclusive(3m)),
            new PredikatBand("C-", "Cukup (DC)", BandBound.Exclusive(2m), BandBound.Inclusive(2.5m)),
            new PredikatBand("D", "Prioritas Pembinaan", BandBound.Exclusive(1.5m), BandBound.Inclusive(2m)),
            new PredikatBand("E", "Prioritas Pembinaan", BandBound.Exclusive(1m), BandBound.Inclusive(1.5m)),
        ]));
    }

    [Fact]
    public void SeedLabels_PrioritasPembinaanForDAndE_AreAvailableThroughWithLabels()
    {
        // 004 L436 / L1389 label D (1,51–2,00) and E (1,01–1,50) "Prioritas Pembinaan", B- and C- "(DC)".
        var kencong = IppCategories.WithLabels("IPP (Kencong LKIP 2025)", new Dictionary<string, string>
        {
            ["B-"] = "Baik (DC)",
            ["C-"] = "Cukup (DC)",
            ["D"] = "Prioritas Pembinaan",
            ["E"] = "Prioritas Pembinaan",
        });

        Assert.Equal("Prioritas Pembinaan", kencong.Classify(Printed("1,51")).Label);
        Assert.Equal("Prioritas Pembinaan", kencong.Classify(Printed("2,00")).Label);
        Assert.Equal("Prioritas Pembinaan", kencong.Classify(Printed("1,01")).Label);
        Assert.Equal("Prioritas Pembinaan", kencong.Classify(Printed("1,50")).Label);
        Assert.Equal("D", kencong.Classify(Printed("1,75")).Code);
        Assert.Equal("E", kencong.Classify(Printed("1,25")).Code);

        var realisasi = kencong.Classify(Printed("3,17"));
        Assert.Equal("B-", realisasi.Code);
        Assert.Equal("Baik (DC)", realisasi.Label);

        // Only labels change: same codes and bounds, the regulation's scale is untouched.
        Assert.Equal(IppCategories.Bands.Select(b => (b.Code, b.Lower, b.Upper)), kencong.Bands.Select(b => (b.Code, b.Lower, b.Upper)));
        Assert.Equal("Buruk", IppCategories.Classify(1.75m).Label);
        Assert.Equal("Sangat Buruk", IppCategories.Classify(1.25m).Label);
        // The seed prints nothing below 1,01; the regulation's F band (0–1,00 Gagal) still grades it.
        Assert.Equal("F", kencong.Classify(Printed("1,00")).Code);
    }

    [Fact]
    public void SeedIpp_Composition_IsTheFormulaPrintedAt004L409()
    {
        // 004 L409, L882, L1377: IPP = (75 % × nilai form 02) + (25 % × nilai form 03).
        // The seed prints no form scores; any pair with 0,75 × F02 + 0,25 × F03 = 3,17 reproduces
        // the realisasi, e.g. F-02 3,2 and F-03 3,08: 2,4 + 0,77 = 3,17.
        decimal ipp = IppCalculator.Compose(3.2m, 3.08m, IppComposition.Default);
        Assert.Equal(Printed("3,17"), ipp);
        Assert.Equal("B-", IppCategories.Classify(ipp).Code);
    }
}
