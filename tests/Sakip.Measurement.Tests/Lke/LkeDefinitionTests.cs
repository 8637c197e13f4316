using System;
using System.Linq;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Lke;

public sealed class LkeDefinitionTests
{
    private static LkeDefinition One(decimal komponenWeight, decimal subWeight, LkeAggregation aggregation, params LkeCriterion[] criteria) =>
        new("uji", [new LkeKomponen("1", "K", komponenWeight, [new LkeSubKomponen("a", "S", subWeight, aggregation, criteria)])],
            LkeAnswerScale.YaTidak, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);

    [Fact]
    public void PermenPanRb88Tahun2021_HasTheFourKomponenWithTheirWeightsSplit20_30_50()
    {
        var definition = LkeDefinition.PermenPanRb88Tahun2021;
        Assert.Equal(["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"], definition.Komponen.Select(k => k.Name));
        Assert.Equal([30m, 30m, 15m, 25m], definition.Komponen.Select(k => k.Weight));
        Assert.Equal([6m, 9m, 15m, 6m, 9m, 15m, 3m, 4.5m, 7.5m, 5m, 7.5m, 12.5m], definition.Komponen.SelectMany(k => k.SubKomponen).Select(s => s.Weight));
        Assert.Equal([6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5], definition.Komponen.SelectMany(k => k.SubKomponen).Select(s => s.Criteria.Count));
        Assert.Equal(80, definition.CriterionCodes.Count());
        Assert.Equal(LkeAnswerScale.AToE, definition.AnswerScale);
        Assert.Equal(LkeUnansweredPolicy.CountsZero, definition.Unanswered);
        Assert.Equal("PermenPANRB 88/2021", definition.Regime);
    }

    [Fact]
    public void PermenPanRb88Tahun2021_MarksTheFive3bCriteriaAReportCanAnswer()
    {
        var definition = LkeDefinition.PermenPanRb88Tahun2021;
        var questions = definition.CriterionCodes.Select(c => (Code: c, Criterion: definition.TryFindCriterion(c, out var x) ? x! : null!))
            .Where(c => c.Criterion.ReportQuestion != LkeReportQuestion.None).ToArray();
        Assert.Equal(["3.b.1", "3.b.2", "3.b.3", "3.b.4", "3.b.5"], questions.Select(q => q.Code));
        Assert.Equal([LkeReportQuestion.AgainstAnnualTarget, LkeReportQuestion.AgainstRenstraTarget, LkeReportQuestion.AgainstPreviousYears,
            LkeReportQuestion.AgainstBenchmark, LkeReportQuestion.Efficiency], questions.Select(q => q.Criterion.ReportQuestion));
    }

    [Theory]
    [InlineData(90, 90, "komponen", "sum to 90, not to 100")]
    [InlineData(100, 90, "komponen[1].subKomponen", "sum to 90, not to the komponen's weight 100")]
    [InlineData(0, 0, "komponen[1].weight", "greater than 0")]
    public void Constructor_WeightsThatDoNotSum_NameTheField(decimal komponen, decimal sub, string field, string message)
    {
        var error = Assert.Throws<SakipDataException>(() => One(komponen, sub, LkeAggregation.RataRata, new LkeCriterion("1", "c")));
        Assert.Equal(field, error.FieldPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AkumulasiCriterionWithoutWeight_IsATypedErrorNotASilentZero()
    {
        var error = Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.Akumulasi, new LkeCriterion("1", "c", 100m), new LkeCriterion("2", "d")));
        Assert.Equal("komponen[1].subKomponen[a].criteria[2].weight", error.FieldPath);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AkumulasiWeightsThatDoNotSumToTheSubKomponen_NameTheSum()
    {
        var error = Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.Akumulasi, new LkeCriterion("1", "c", 33.33m), new LkeCriterion("2", "d", 66.66m)));
        Assert.Equal("komponen[1].subKomponen[a].criteria", error.FieldPath);
        Assert.Equal("99.99", error.Value);
    }

    [Fact]
    public void Constructor_ZeroCriterionWeight_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.Akumulasi, new LkeCriterion("1", "c", 100m), new LkeCriterion("2", "d", 0m)));
        Assert.Equal("komponen[1].subKomponen[a].criteria[2].weight", error.FieldPath);
    }

    [Fact]
    public void Constructor_RataRataCriterionWithAWeight_IsRefusedRatherThanIgnored()
    {
        var error = Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c", 50m), new LkeCriterion("2", "d")));
        Assert.Equal("komponen[1].subKomponen[a].criteria[1].weight", error.FieldPath);
    }

    [Fact]
    public void Constructor_RepeatedCriterionCode_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c"), new LkeCriterion("1", "d")));
        Assert.Equal("komponen[1].subKomponen[a].criteria[1].code", error.FieldPath);
    }

    [Fact]
    public void Constructor_NoCriteria_IsRefused() =>
        Assert.Equal("komponen[1].subKomponen[a].criteria", Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata)).FieldPath);

    [Fact]
    public void Constructor_NullScale_IsAnArgumentError() =>
        Assert.Equal("answerScale", Assert.Throws<ArgumentNullException>(() => new LkeDefinition("x", LkeDefinition.PermenPanRb88Tahun2021.Komponen, null!,
            LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021)).ParamName);

    [Fact]
    public void TryFindCriterion_IgnoresCaseAndSpaces()
    {
        Assert.True(LkeDefinition.PermenPanRb88Tahun2021.TryFindCriterion(" 3.B.1 ", out var criterion));
        Assert.Equal(LkeReportQuestion.AgainstAnnualTarget, criterion!.ReportQuestion);
        Assert.False(LkeDefinition.PermenPanRb88Tahun2021.TryFindCriterion("5.a.1", out _));
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var a = One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c"));
        var b = One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c"));
        var c = One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "other"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("LKE uji (1 kriteria)", a.ToString());
    }

    private static LkeDefinition Of(params LkeKomponen[] komponen) =>
        new("uji", komponen, LkeAnswerScale.YaTidak, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);

    private static LkeSubKomponen Sub(string code, decimal weight, params LkeCriterion[] criteria) => new(code, "S", weight, LkeAggregation.RataRata, criteria);

    [Fact]
    public void Constructor_NoKomponen_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => Of());
        Assert.Equal("komponen", error.FieldPath);
        Assert.Contains("at least one komponen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoKomponenWithOneCode_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => Of(new LkeKomponen("1", "K", 50m, [Sub("a", 50m, new LkeCriterion("1", "c"))]),
            new LkeKomponen("1", "L", 50m, [Sub("a", 50m, new LkeCriterion("1", "c"))])));
        Assert.Equal("komponen[1].code", error.FieldPath);
        Assert.Contains("Two komponen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KomponenWithoutSubKomponen_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => Of(new LkeKomponen("1", "K", 100m, [])));
        Assert.Equal("komponen[1].subKomponen", error.FieldPath);
        Assert.Contains("at least one sub-komponen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoSubKomponenWithOneCode_IsRefused()
    {
        var error = Assert.Throws<SakipDataException>(() => Of(new LkeKomponen("1", "K", 100m, [Sub("a", 50m, new LkeCriterion("1", "c")), Sub("A", 50m, new LkeCriterion("1", "c"))])));
        Assert.Equal("komponen[1].subKomponen[A].code", error.FieldPath);
        Assert.Contains("Two sub-komponen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ContentErrors_SayWhy()
    {
        Assert.Contains("at least one criterion", Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata)).Message, StringComparison.Ordinal);
        Assert.Contains("no weight of its own", Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c", 50m))).Message, StringComparison.Ordinal);
        Assert.Contains("Two criteria", Assert.Throws<SakipDataException>(() => One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c"), new LkeCriterion("1", "d"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFindCriterion_NotFound_GivesNoCriterion_AndNullCodeIsAnArgumentError()
    {
        Assert.False(LkeDefinition.PermenPanRb88Tahun2021.TryFindCriterion("9.z.9", out var criterion));
        Assert.Null(criterion);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => LkeDefinition.PermenPanRb88Tahun2021.TryFindCriterion(null!, out _)).ParamName);
    }

    [Fact]
    public void Equality_NeedsTheSameRegime()
    {
        var a = One(100m, 100m, LkeAggregation.RataRata, new LkeCriterion("1", "c"));
        var other = new LkeDefinition("lain", a.Komponen, a.AnswerScale, a.Unanswered, a.PredikatScale);
        Assert.NotEqual(a, other);
        Assert.False(a.Equals(null));
    }
}
