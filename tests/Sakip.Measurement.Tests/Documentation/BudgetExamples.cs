using System.IO;
using System.Linq;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/budget.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class BudgetExamples
{
    [Fact]
    public void A_budget_tree_sums_money_up_first_and_divides_last_on_the_pagu_the_basis_names()
    {
        // begin-snippet: budget-tree
        // Mayang 2023, program 3 (Pemberdayaan Masyarakat Desa dan Kelurahan): one kegiatan, two sub-kegiatan.
        var program = new BudgetItem("P3", BudgetLevel.Program, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", default,
        [
            new BudgetItem("P3.K1", BudgetLevel.Kegiatan, "Koordinasi Kegiatan Pemberdayaan Desa", default,
            [
                new BudgetItem("P3.K1.S1", BudgetLevel.SubKegiatan, "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah",
                    new BudgetAmounts(PaguMurni: 403_055_000m, PaguPerubahan: 18_680_000m, Realisasi: 17_155_000m), []),
                new BudgetItem("P3.K1.S2", BudgetLevel.SubKegiatan, "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat",
                    new BudgetAmounts(PaguMurni: 71_370_000m, PaguPerubahan: 50_550_000m, Realisasi: 30_300_000m), []),
            ]),
        ]);
        var tree = new BudgetTree([program], [new SasaranBudgetLink("S3", "P3")]);

        BudgetRealisation table = BudgetRollup.Calculate(tree, PaguBasis.PerubahanElseMurni);
        BudgetFigures p3 = table["P3"].Figures;
        // p3.PaguMurni = 474.425.000, p3.PaguPerubahan = 69.230.000, p3.Realisasi = 47.455.000 (sums of the sub-kegiatan)
        // p3.Pagu = 69.230.000 (PaguKind.Perubahan), p3.Serapan.Value = 68.5468727430304781, p3.Sisa = 21.775.000
        string serapan = NumberPattern.Percent.Format(p3.Serapan.Value);   // "68,55%"

        // The same money against the APBD (murni) pagu:
        BudgetFigures murni = BudgetRollup.Calculate(tree, PaguBasis.Murni)["P3"].Figures;
        // murni.Serapan.Value = 10.0026347684038573
        // end-snippet

        Assert.Equal((474_425_000m, 69_230_000m, 47_455_000m), (p3.PaguMurni, p3.PaguPerubahan, p3.Realisasi));
        Assert.Equal((69_230_000m, PaguKind.Perubahan, 68.5468727430304781m, 21_775_000m), (p3.Pagu, p3.PaguKind, p3.Serapan.Value, p3.Sisa));
        Assert.Equal("68,55%", serapan);
        Assert.Equal(10.0026347684038573m, murni.Serapan.Value);
        Assert.Equal(p3, table.Sasaran.Single(s => s.SasaranCode == "S3").Figures);
    }

    [Fact]
    public void The_Kencong_budget_counts_a_line_linked_to_two_sasaran_once_in_the_unit_total()
    {
        using var run = new ExampleRun();

        // begin-snippet: budget-report
        using var file = File.OpenRead("samples/kencong-2025.json");
        Lkip kencong = LkipJson.Read(file);
        BudgetRealisation table = BudgetRollup.Calculate(kencong.Budget!, kencong.Policies.Pagu);   // PaguBasis.Perubahan

        BudgetFigures unit = table.Unit;
        string pagu = NumberPattern.Rupiah.Format(unit.Pagu!.Value);               // "Rp3.920.691.860,40"
        string realisasi = NumberPattern.Rupiah.Format(unit.Realisasi!.Value);     // "Rp3.067.535.140,00"
        string serapan = NumberPattern.Percent.Format(unit.Serapan.Value);         // "78,24%"
        string sisa = NumberPattern.Rupiah.Format(unit.Sisa!.Value);               // "Rp853.156.720,40"

        // Program P1 serves sasaran S1 (Renstra 2021-2026) and S6 (Renstra 2025-2029): its money appears
        // under each, and once in the unit total.
        SasaranBudgetRow s6 = table.Sasaran.Single(s => s.SasaranCode == "S6");   // s6.Keys = [P1], s6.SharedKeys = [P1]
        // table.MultiplyLinkedKeys = [P1, P2, P3, P4]

        // A line whose pagu is printed as 0 has no serapan, and says so.
        SerapanStatus zero = table["P1.K5"].Figures.Serapan.Status;   // SerapanStatus.ZeroPagu
        // end-snippet

        Assert.Equal(("Rp3.920.691.860,40", "Rp3.067.535.140,00", "78,24%", "Rp853.156.720,40"), (pagu, realisasi, serapan, sisa));
        Assert.Equal(78.2396385439747730m, unit.Serapan.Value);
        Assert.Equal("P1", string.Join(" ", s6.Keys));
        Assert.Equal("P1", string.Join(" ", s6.SharedKeys));
        Assert.Equal("P1 P2 P3 P4", string.Join(" ", table.MultiplyLinkedKeys));
        Assert.Equal(SerapanStatus.ZeroPagu, zero);
        Assert.Equal(PaguBasis.Perubahan, kencong.Policies.Pagu);
    }

    [Fact]
    public void Serapan_of_single_amounts_and_codes_of_the_nomenclature()
    {
        // begin-snippet: budget-serapan-and-codes
        // Mayang 2023, program 1: realisasi 2.059.822.463 of a P-APBD pagu of 2.563.565.638.
        SerapanResult program1 = SerapanResult.Calculate(realisasi: 2_059_822_463m, pagu: 2_563_565_638m);
        // program1.Value = 80.3499014211704768, printed "80,35%"

        SerapanResult noPagu = SerapanResult.Calculate(realisasi: 0m, pagu: 0m);       // Status = SerapanStatus.ZeroPagu
        SerapanResult notYet = SerapanResult.Calculate(realisasi: null, pagu: 1_000m);  // Status = SerapanStatus.NoRealisasi

        // Permendagri 90/2019 codes: urusan.bidang.program[.group.kegiatan[.sub-kegiatan]].
        NomenclatureCode sub = NomenclatureCode.Parse("7.01.01.2.01.0001");   // sub.Level = NomenclatureLevel.SubKegiatan
        bool underProgram = sub.IsUnder(NomenclatureCode.Parse("7.01.01"));   // true
        // end-snippet

        Assert.Equal(80.3499014211704768m, program1.Value);
        Assert.Equal("80,35%", NumberPattern.Percent.Format(program1.Value));
        Assert.Equal(SerapanStatus.ZeroPagu, noPagu.Status);
        Assert.Equal(SerapanStatus.NoRealisasi, notYet.Status);
        Assert.Equal(NomenclatureLevel.SubKegiatan, sub.Level);
        Assert.True(underProgram);
    }

    [Fact]
    public void A_line_whose_realisasi_exceeds_its_pagu_loads_and_is_flagged()
    {
        // begin-snippet: budget-issues
        // Ajung 2023 prints a sub-kegiatan realisasi of 227.414.000 against a pagu of 227.234.000.
        var line = new BudgetItem("K1.S2", BudgetLevel.SubKegiatan, "Sub-kegiatan", new BudgetAmounts(null, 227_234_000m, 227_414_000m), []);
        BudgetRow row = BudgetRollup.Calculate(new BudgetTree([line]))["K1.S2"];
        // row.Issues = RealisasiAbovePagu | NoNomenclatureCode; row.Figures.Serapan.Value = 100.0792134979800558; row.Figures.Sisa = -180.000
        // end-snippet

        Assert.Equal(BudgetLineIssues.RealisasiAbovePagu | BudgetLineIssues.NoNomenclatureCode, row.Issues);
        Assert.Equal(100.0792134979800558m, row.Figures.Serapan.Value);
        Assert.Equal(-180_000m, row.Figures.Sisa);
    }

    [Theory]
    [InlineData("mayang-2023.json")]
    [InlineData("ajung-2023.json")]
    [InlineData("patrang-2023.json")]
    [InlineData("kencong-2025.json")]
    public void No_line_of_a_seed_report_carries_a_nomenclature_code(string sample)
    {
        var report = Review.SeedReviewTests.Sample(sample);
        var table = BudgetRollup.Calculate(report.Budget!, report.Policies.Pagu);
        Assert.All(table.Rows, r => Assert.True(r.Issues.HasFlag(BudgetLineIssues.NoNomenclatureCode), r.Key));
    }
}
