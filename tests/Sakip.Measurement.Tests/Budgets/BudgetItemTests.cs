using Xunit;

namespace Sakip.Measurement.Tests.Budgets;

public class BudgetItemTests
{
    [Fact]
    public void Constructor_PermendagriCode_IsRecognised_FreeFormCodeIsKeptAsPrinted()
    {
        var coded = new BudgetItem("P1", BudgetLevel.Program, "Penunjang", default, [], "7.01.01");
        Assert.Equal("7.01.01", coded.NomenclatureCode?.Value);
        var free = new BudgetItem("P1", BudgetLevel.Program, "Penunjang", default, [], " I.2 ");
        Assert.Equal("I.2", free.Code);
        Assert.Null(free.NomenclatureCode);
    }

    [Theory]
    [InlineData("", "Budget.Key")]
    [InlineData("   ", "Budget.Key")]
    public void Constructor_BlankKey_IsADataErrorNamingTheField(string key, string field)
    {
        var e = Assert.Throws<SakipDataException>(() => new BudgetItem(key, BudgetLevel.Program, "P", default, []));
        Assert.Equal(field, e.FieldPath);
    }

    [Fact]
    public void Constructor_NegativeAmount_IsADataErrorNamingTheField()
    {
        var e = Assert.Throws<SakipDataException>(() => new BudgetItem("P1", BudgetLevel.Program, "P", new BudgetAmounts(null, -1m, null), []));
        Assert.Equal("Budget[P1].PaguPerubahan", e.FieldPath);
        Assert.Equal("-1", e.Value);
    }

    [Fact]
    public void Constructor_ChildAtOrAboveItsParent_IsADataErrorNamingTheChild()
    {
        var program = new BudgetItem("P2", BudgetLevel.Program, "P", default, []);
        var e = Assert.Throws<SakipDataException>(() => new BudgetItem("P1", BudgetLevel.Program, "P", default, [program]));
        Assert.Equal("Budget[P1].Children[P2]", e.FieldPath);
    }

    [Fact]
    public void Constructor_SubKegiatanStraightUnderItsProgram_Loads()
    {
        // Mayang 2023 RKT (L370-374) prints sub-kegiatan without their kegiatan row.
        var sub = new BudgetItem("P1.S1", BudgetLevel.SubKegiatan, "S", new BudgetAmounts(10m, null, null), []);
        Assert.Single(new BudgetItem("P1", BudgetLevel.Program, "P", default, [sub]).Children);
    }

    [Fact]
    public void Constructor_NullChildren_Throws() =>
        Assert.Equal("children", Assert.Throws<System.ArgumentNullException>(() => new BudgetItem("P1", BudgetLevel.Program, "P", default, null!)).ParamName);

    [Fact]
    public void Tree_RepeatedKey_IsADataError_RepeatedCodeIsNot()
    {
        var a = new BudgetItem("P1", BudgetLevel.Program, "A", default, [], "7.01.01");
        var b = new BudgetItem("P2", BudgetLevel.Program, "B", default, [], "7.01.01");
        Assert.Equal(2, new BudgetTree([a, b]).TopLines.Count);
        var e = Assert.Throws<SakipDataException>(() => new BudgetTree([a, a]));
        Assert.Equal("Budget[P1]", e.FieldPath);
    }

    [Fact]
    public void Tree_LinkToAnUnknownKey_IsADataErrorNamingIt()
    {
        var p = new BudgetItem("P1", BudgetLevel.Program, "A", default, []);
        var e = Assert.Throws<SakipDataException>(() => new BudgetTree([p], [new SasaranBudgetLink("S1", "P9")]));
        Assert.Equal("Cascade[S1].Budget", e.FieldPath);
        Assert.Equal("P9", e.Value);
    }

    [Fact]
    public void Tree_OfKegiatanOnly_Loads()
    {
        // Ajung 2023 lists its RKT budget as a flat list of kegiatan.
        var k = new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(5m, null, null), []);
        Assert.Equal(5m, BudgetRollup.Calculate(new BudgetTree([k]), PaguBasis.Murni).Unit.Pagu);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        BudgetItem Make() => new("P1", BudgetLevel.Program, "A", new BudgetAmounts(1m, 2m, 1m),
            [new BudgetItem("K1", BudgetLevel.Kegiatan, "K", new BudgetAmounts(null, 2m, 1m), [])]);
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.Equal(new BudgetTree([Make()]), new BudgetTree([Make()]));
        Assert.NotEqual(Make(), new BudgetItem("P1", BudgetLevel.Program, "B", new BudgetAmounts(1m, 2m, 1m), Make().Children));
    }
}
