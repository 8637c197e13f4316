using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Budgets;

public class BudgetRollupTests
{
    // Mayang 2023 Tabel 3.8 (L944-968), programs 1 and 3, P-APBD pagu.
    private static BudgetTree Mayang(params SasaranBudgetLink[] links) => new(
        [
            new BudgetItem("P1", BudgetLevel.Program, "Program Penunjang", new BudgetAmounts(2_288_368_819m, 2_563_565_638m, 2_059_822_463m),
            [
                Kegiatan("P1.K1", "Administrasi Keuangan", Sub("P1.K1.S1", "Gaji", 1_999_648_143m, 1_649_410_401m)),
                Kegiatan("P1.K2", "Administrasi Kepegawaian", Sub("P1.K2.S1", "Peralatan", 470_725_920m, 364_587_163m)),
                Kegiatan("P1.K3", "Pemeliharaan BMD",
                    Sub("P1.K3.S1", "Kendaraan perorangan", 44_134_800m, 15_667_099m),
                    Sub("P1.K3.S2", "Kendaraan operasional", 27_634_800m, 9_217_800m),
                    Sub("P1.K3.S3", "Gedung", 21_421_975m, 20_940_000m)),
            ]),
            new BudgetItem("P3", BudgetLevel.Program, "Program Pemberdayaan", default,
            [
                Kegiatan("P3.K1", "Koordinasi Pemberdayaan",
                    Sub("P3.K1.S1", "Musrenbang", 18_680_000m, 17_155_000m),
                    Sub("P3.K1.S2", "Pemberdayaan", 50_550_000m, 30_300_000m)),
            ]),
        ],
        links);

    private static BudgetItem Kegiatan(string key, string name, params BudgetItem[] subs) =>
        new(key, BudgetLevel.Kegiatan, name, default, subs);

    private static BudgetItem Sub(string key, string name, decimal pagu, decimal realisasi) =>
        new(key, BudgetLevel.SubKegiatan, name, new BudgetAmounts(null, pagu, realisasi), []);

    [Fact]
    public void Calculate_SumsMoneyUpTheTree_ThenTakesTheSerapan()
    {
        var table = BudgetRollup.Calculate(Mayang());
        var program = table["P1"].Figures;
        Assert.Equal(2_563_565_638m, program.PaguPerubahan);
        Assert.Equal(2_059_822_463m, program.Realisasi);
        // 2.059.822.463 / 2.563.565.638 × 100 = 80,3499… (Tabel 3.8 prints 80,35%).
        Assert.Equal(80.3499014211704768m, program.Serapan.Value);
        Assert.Equal(503_743_175m, program.Sisa);
        Assert.Equal(93_191_575m, table["P1.K3"].Figures.Pagu);
        Assert.Equal(PaguKind.Perubahan, table["P1.K3"].Figures.PaguKind);
    }

    [Fact]
    public void Calculate_UnitTotal_IsTheSumOfPrograms_NotAnAverageOfPercentages()
    {
        var table = BudgetRollup.Calculate(Mayang());
        Assert.Equal(2_563_565_638m + 69_230_000m, table.Unit.Pagu);
        Assert.Equal(2_059_822_463m + 47_455_000m, table.Unit.Realisasi);
        decimal meanOfPercentages = (table["P1"].Figures.Serapan.Value + table["P3"].Figures.Serapan.Value) / 2;
        Assert.NotEqual(meanOfPercentages, table.Unit.Serapan.Value);
        Assert.Equal(80.0395379187421762m, table.Unit.Serapan.Value);
    }

    [Fact]
    public void Calculate_RowsComeInPrintedOrder_WithParentAndDepth()
    {
        var rows = BudgetRollup.Calculate(Mayang()).Rows;
        Assert.Equal(["P1", "P1.K1", "P1.K1.S1", "P1.K2", "P1.K2.S1", "P1.K3", "P1.K3.S1", "P1.K3.S2", "P1.K3.S3", "P3", "P3.K1", "P3.K1.S1", "P3.K1.S2"],
            rows.Select(r => r.Key));
        Assert.Equal("P1.K3", rows.Single(r => r.Key == "P1.K3.S2").ParentKey);
        Assert.Equal(2, rows.Single(r => r.Key == "P1.K3.S2").Depth);
        Assert.Null(rows[0].ParentKey);
    }

    [Fact]
    public void Calculate_PrintedAmountThatDiffersFromTheChildren_IsKeptAndFlagged()
    {
        // Mayang L978: program 1 APBD printed 2.288.368.819; its lines here carry no APBD, so the
        // printed figure stands; with APBD on the lines it is compared with their sum.
        var table = BudgetRollup.Calculate(Mayang());
        Assert.Equal(2_288_368_819m, table["P1"].Printed.PaguMurni);
        Assert.Equal(2_288_368_819m, table["P1"].Figures.PaguMurni);
        Assert.Equal(BudgetLineIssues.None, table["P1"].Issues & BudgetLineIssues.PrintedDiffersFromSum);

        var withMurni = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(2_288_368_819m, null, null),
            [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(1_999_648_143m, null, null), []),
             new BudgetItem("K2", BudgetLevel.Kegiatan, "K", new BudgetAmounts(658_830_495m, null, null), [])])]);
        var row = BudgetRollup.Calculate(withMurni, PaguBasis.Murni)["P1"];
        Assert.Equal(2_658_478_638m, row.Figures.PaguMurni);
        Assert.True(row.Issues.HasFlag(BudgetLineIssues.PrintedDiffersFromSum));
    }

    [Fact]
    public void Calculate_RealisasiAbovePagu_LoadsAndIsFlagged()
    {
        // Ajung 2023: 227.414.000 spent against a pagu of 227.234.000.
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(null, 227_234_000m, 227_414_000m), [])]);
        var row = BudgetRollup.Calculate(tree)["P1"];
        Assert.True(row.Issues.HasFlag(BudgetLineIssues.RealisasiAbovePagu));
        Assert.Equal(-180_000m, row.Figures.Sisa);
        Assert.True(row.Figures.Serapan.Value > 100m);
    }

    [Fact]
    public void Calculate_SameProgramPrintedTwice_LoadsAndIsFlaggedOnBothLines()
    {
        // Kencong 2025 tabel 3.7 prints programme 3 twice.
        var tree = new BudgetTree(
        [
            new BudgetItem("P3", BudgetLevel.Program, "Pemberdayaan", new BudgetAmounts(null, 143_419_500m, 140_435_128m), [], "7.01.03"),
            new BudgetItem("P3-again", BudgetLevel.Program, "Pemberdayaan", new BudgetAmounts(null, 143_419_500m, 140_435_128m), [], "7.01.03"),
        ]);
        var table = BudgetRollup.Calculate(tree);
        Assert.All(table.Rows, r => Assert.True(r.Issues.HasFlag(BudgetLineIssues.CodeRepeated)));
        Assert.All(table.Rows, r => Assert.False(r.Issues.HasFlag(BudgetLineIssues.NoNomenclatureCode)));
    }

    [Fact]
    public void Calculate_FreeFormOrMissingCode_IsFlaggedNotRejected()
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(null, 1m, 1m), [], "1.a")]);
        Assert.True(BudgetRollup.Calculate(tree)["P1"].Issues.HasFlag(BudgetLineIssues.NoNomenclatureCode));
    }

    [Fact]
    public void Calculate_LineWithAUniqueCodeWithinItsPagu_HasNoIssue()
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(null, 10m, 5m), [], "7.01.01"),
            new BudgetItem("P2", BudgetLevel.Program, "P", new BudgetAmounts(null, 10m, 5m), [], "7.01.02")]);
        Assert.All(BudgetRollup.Calculate(tree).Rows, r => Assert.Equal(BudgetLineIssues.None, r.Issues));
    }

    [Fact]
    public void Calculate_CodeRepeatedBelowTheTopLevel_IsFlaggedOnBothLines()
    {
        BudgetItem Kegiatan(string key) => new(key, BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 1m, 1m), [], "7.01.01.2.01");
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", default, [Kegiatan("K1"), Kegiatan("K2")], "7.01.01")]);
        var table = BudgetRollup.Calculate(tree);
        Assert.True(table["K1"].Issues.HasFlag(BudgetLineIssues.CodeRepeated));
        Assert.True(table["K2"].Issues.HasFlag(BudgetLineIssues.CodeRepeated));
        Assert.False(table["P1"].Issues.HasFlag(BudgetLineIssues.CodeRepeated));
    }

    [Fact]
    public void Calculate_SeveralAmountsIncompleteOrDiffering_KeepTheirFlags()
    {
        // Two amounts missing on one child, two printed parent amounts that differ from the sums.
        var tree = new BudgetTree([
            new BudgetItem("P1", BudgetLevel.Program, "P", default,
                [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(10m, 10m, 5m), []),
                 new BudgetItem("K2", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 10m, null), [])]),
            new BudgetItem("P2", BudgetLevel.Program, "P", new BudgetAmounts(99m, 99m, 5m),
                [new BudgetItem("K3", BudgetLevel.Kegiatan, "K", new BudgetAmounts(10m, 10m, 5m), [])]),
        ]);
        var table = BudgetRollup.Calculate(tree);
        Assert.True(table["P1"].Issues.HasFlag(BudgetLineIssues.IncompleteChildren));
        Assert.True(table["P2"].Issues.HasFlag(BudgetLineIssues.PrintedDiffersFromSum));
    }

    [Fact]
    public void Calculate_ChildrenWithoutThePagu_LeaveTheLinesOwnPrintedPagu()
    {
        // The program prints its APBD; its kegiatan print only P-APBD: on the APBD basis the
        // program's own figure is the only pagu there is.
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(120m, null, null),
            [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 100m, 90m), [])])]);
        var figures = BudgetRollup.Calculate(tree, PaguBasis.Murni)["P1"].Figures;
        Assert.Equal(120m, figures.Pagu);
        Assert.Equal(PaguKind.Murni, figures.PaguKind);
        Assert.Equal(75m, figures.Serapan.Value);
    }

    [Fact]
    public void Calculate_LineWithoutAPagu_HasNoPaguKind_AndTheUnitTotalIsUnknown()
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(10m, null, 5m), []),
            new BudgetItem("P2", BudgetLevel.Program, "P", new BudgetAmounts(null, null, 5m), [])]);
        var table = BudgetRollup.Calculate(tree, PaguBasis.Murni);
        Assert.Equal(PaguKind.None, table["P2"].Figures.PaguKind);
        Assert.Null(table.Unit.Pagu);
        Assert.Null(table.Unit.PaguMurni);
        Assert.Equal(PaguKind.None, table.Unit.PaguKind);
        Assert.Equal(10m, table.Unit.Realisasi);
        Assert.Null(table.Unit.PaguPerubahan);
        var partlySpent = BudgetRollup.Calculate(new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(10m, null, 5m), []),
            new BudgetItem("P2", BudgetLevel.Program, "P", new BudgetAmounts(10m, null, null), [])]), PaguBasis.Murni);
        Assert.Null(partlySpent.Unit.Realisasi);
        Assert.Equal(20m, partlySpent.Unit.Pagu);
    }

    [Fact]
    public void Rows_AndTables_AreEqualWhenTheirFiguresAre()
    {
        var a = BudgetRollup.Calculate(Mayang());
        var b = BudgetRollup.Calculate(Mayang());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a["P1"] == b["P1"]);
        Assert.False(a["P1"] != b["P1"]);
        Assert.Equal(a["P1"].GetHashCode(), b["P1"].GetHashCode());
        Assert.True(a["P1"] != a["P3"]);
        Assert.NotEqual(a["P1.K1"], a["P1.K2"]);
        Assert.False(a["P1"].Equals(null));
        Assert.NotEqual(a, BudgetRollup.Calculate(Mayang(), PaguBasis.Murni));
        Assert.NotEqual(a, BudgetRollup.Calculate(new BudgetTree([Mayang().TopLines[1]])));
        Assert.NotEqual(a, BudgetRollup.Calculate(Mayang(new SasaranBudgetLink("S1", "P1"))));
        // Same figures, another unit total: the share differs, so the rows differ.
        var alone = BudgetRollup.Calculate(new BudgetTree([Mayang().TopLines[0]]));
        Assert.NotEqual(a["P1"], alone["P1"]);
    }

    [Fact]
    public void Row_ToString_ShowsKeyLevelAndFigures()
    {
        string text = BudgetRollup.Calculate(Mayang())["P3"].ToString();
        Assert.StartsWith("P3 (Program): 47455000 / 69230000 = 68.54", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_NullKey_NamesTheParameter() =>
        Assert.Equal("key", Assert.Throws<System.ArgumentNullException>(() => BudgetRollup.Calculate(Mayang())[null!]).ParamName);

    [Fact]
    public void Calculate_ZeroPagu_HasNoSerapan_ItsStatusSaysWhy()
    {
        // Kencong L1074: Sub Musrenbang 0,00 / 0,00, printed "0".
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(null, 0m, 0m), [])]);
        Assert.Equal(SerapanStatus.ZeroPagu, BudgetRollup.Calculate(tree)["P1"].Figures.Serapan.Status);
    }

    [Fact]
    public void Calculate_ChildWithoutAnAmount_LeavesTheSumUnknown_AndSaysSo()
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", default,
            [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 10m, 5m), []),
             new BudgetItem("K2", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 10m, null), [])])]);
        var row = BudgetRollup.Calculate(tree)["P1"];
        Assert.Null(row.Figures.Realisasi);
        Assert.Equal(20m, row.Figures.Pagu);
        Assert.Equal(SerapanStatus.NoRealisasi, row.Figures.Serapan.Status);
        Assert.True(row.Issues.HasFlag(BudgetLineIssues.IncompleteChildren));
    }

    [Theory]
    [InlineData(PaguBasis.Murni, 100, PaguKind.Murni)]
    [InlineData(PaguBasis.Perubahan, 80, PaguKind.Perubahan)]
    [InlineData(PaguBasis.PerubahanElseMurni, 80, PaguKind.Perubahan)]
    public void Calculate_PaguBasis_ChoosesThePagu_AndTheRowSaysWhich(PaguBasis basis, int pagu, PaguKind kind)
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(100m, 80m, 40m), [])]);
        var figures = BudgetRollup.Calculate(tree, basis)["P1"].Figures;
        Assert.Equal(pagu, figures.Pagu);
        Assert.Equal(kind, figures.PaguKind);
    }

    [Fact]
    public void Calculate_PerubahanElseMurni_MixingLines_IsMarkedMixed()
    {
        var tree = new BudgetTree([new BudgetItem("P1", BudgetLevel.Program, "P", default,
            [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(100m, 80m, 40m), []),
             new BudgetItem("K2", BudgetLevel.Kegiatan, "K", new BudgetAmounts(50m, null, 40m), [])])]);
        var figures = BudgetRollup.Calculate(tree)["P1"].Figures;
        Assert.Equal(130m, figures.Pagu);
        Assert.Equal(PaguKind.Mixed, figures.PaguKind);
    }

    [Fact]
    public void Calculate_ProgramLinkedToTwoSasaran_CountsUnderEach_AndOnceInTheUnit()
    {
        var table = BudgetRollup.Calculate(Mayang(new("S1", "P1"), new("S1", "P3"), new("S2", "P3")));
        var s1 = table.Sasaran.Single(s => s.SasaranCode == "S1");
        var s2 = table.Sasaran.Single(s => s.SasaranCode == "S2");
        Assert.Equal(2_563_565_638m + 69_230_000m, s1.Figures.Pagu);
        Assert.Equal(69_230_000m, s2.Figures.Pagu);
        Assert.Equal(["P3"], s1.SharedKeys);
        Assert.Equal(["P3"], table.MultiplyLinkedKeys);
        Assert.Equal(2_563_565_638m + 69_230_000m, table.Unit.Pagu);
    }

    [Fact]
    public void Calculate_LineAndItsAncestorLinkedToOneSasaran_AreCountedOnce()
    {
        var table = BudgetRollup.Calculate(Mayang(new("S1", "P1"), new("S1", "P1.K3")));
        var s1 = table.Sasaran.Single();
        Assert.Equal(["P1"], s1.Keys);
        Assert.Equal(2_563_565_638m, s1.Figures.Pagu);
    }

    [Fact]
    public void Calculate_ShareOfUnit_IsPaguOverUnitPagu()
    {
        var table = BudgetRollup.Calculate(Mayang());
        // 69.230.000 / 2.632.795.638 × 100.
        Assert.Equal(2.6295242593378985m, table["P3"].ShareOfUnit);
        Assert.True(System.Math.Abs(100m - (table["P1"].ShareOfUnit + table["P3"].ShareOfUnit).GetValueOrDefault()) < 1e-15m);
    }

    [Fact]
    public void Calculate_NullTree_OrUndefinedBasis_Throw()
    {
        Assert.Equal("tree", Assert.Throws<System.ArgumentNullException>(() => BudgetRollup.Calculate(null!)).ParamName);
        Assert.Equal("basis", Assert.Throws<System.ArgumentOutOfRangeException>(() => BudgetRollup.Calculate(Mayang(), (PaguBasis)9)).ParamName);
    }

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt()
    {
        var e = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => BudgetRollup.Calculate(Mayang())["P9"]);
        Assert.Contains("P9", e.Message, System.StringComparison.Ordinal);
    }
}
