using Sakip.Measurement.Budgets;
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
    public void Constructor_ChildNotOneLevelBelow_IsADataErrorNamingTheChild()
    {
        var sub = new BudgetItem("S1", BudgetLevel.SubKegiatan, "S", default, []);
        var e = Assert.Throws<SakipDataException>(() => new BudgetItem("P1", BudgetLevel.Program, "P", default, [sub]));
        Assert.Equal("Budget[P1].Children[S1]", e.FieldPath);
    }

    [Fact]
    public void Constructor_NullChildren_Throws() =>
        Assert.Equal("children", Assert.Throws<System.ArgumentNullException>(() => new BudgetItem("P1", BudgetLevel.Program, "P", default, null!)).ParamName);

    [Fact]
    public void Tree_RepeatedKey_IsADataError_RepeatedCodeIsNot()
    {
        var a = new BudgetItem("P1", BudgetLevel.Program, "A", default, [], "7.01.01");
        var b = new BudgetItem("P2", BudgetLevel.Program, "B", default, [], "7.01.01");
        Assert.Equal(2, new BudgetTree([a, b]).Programs.Count);
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
    public void Tree_RootThatIsNotAProgram_IsADataError()
    {
        var k = new BudgetItem("K1", BudgetLevel.Kegiatan, "K", default, []);
        Assert.Equal("Budget[K1].Level", Assert.Throws<SakipDataException>(() => new BudgetTree([k])).FieldPath);
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
