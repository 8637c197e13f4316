using System;
using NodaTime;
using Xunit;

namespace Sakip.Measurement.Tests.Values;

public class ValueTypeTests
{
    [Fact]
    public void FiscalYear_CoversTheCalendarYear()
    {
        var y = new FiscalYear(2023);
        Assert.Equal(new LocalDate(2023, 1, 1), y.Start);
        Assert.Equal(new LocalDate(2023, 12, 31), y.End);
        Assert.Equal(365, y.Interval.Length);
        Assert.True(y.Contains(new LocalDate(2023, 7, 1)));
        Assert.Equal(new FiscalYear(2024), y.Next);
        Assert.Equal(1, default(FiscalYear).Year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void FiscalYear_OutOfRange_Throws(int year) => Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(year));

    [Fact]
    public void FiscalQuarter_IsATriwulan()
    {
        var q = new FiscalYear(2025).Quarter(2);
        Assert.Equal(new LocalDate(2025, 4, 1), q.Start);
        Assert.Equal(new LocalDate(2025, 6, 30), q.End);
        Assert.Equal("Triwulan II 2025", q.ToString());
        Assert.True(q < new FiscalYear(2025).Quarter(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2025).Quarter(5));
    }

    [Fact]
    public void RenstraPeriod_ContainsItsYears_AndRejectsReversedBounds()
    {
        var p = new RenstraPeriod(2021, 2026);
        Assert.Equal(6, p.YearCount);
        Assert.True(p.Contains(new FiscalYear(2026)));
        Assert.False(p.Contains(new FiscalYear(2027)));
        Assert.Equal("2021-2026", p.ToString());
        Assert.Throws<ArgumentException>(() => new RenstraPeriod(2026, 2021));
    }

    [Fact]
    public void OrdinalScale_OrdersGradesWorstFirst()
    {
        var s = OrdinalScale.SakipGrade;
        Assert.True(s["AA"] > s["A"]);
        Assert.True(s["cc"] < s["B"]);
        Assert.Throws<ArgumentException>(() => s["Z"]);
        Assert.Throws<ArgumentException>(() => s["A"].CompareTo(OrdinalScale.AuditOpinion["WTP"]));
        Assert.Throws<ArgumentException>(() => new OrdinalScale("x", ["A", "A"]));
        Assert.Throws<ArgumentException>(() => new OrdinalScale("x", ["A"]));
    }

    [Fact]
    public void IndicatorValue_NumberAndGradeAreDistinct()
    {
        var n = IndicatorValue.FromNumber(1.50m);
        Assert.Equal(IndicatorValue.FromNumber(1.5m), n);
        Assert.Throws<InvalidOperationException>(() => n.Grade);
        var g = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["B"], 67m);
        Assert.Throws<InvalidOperationException>(() => g.Number);
        Assert.Equal("B (67)", g.ToString());
        Assert.Throws<ArgumentException>(() => IndicatorValue.FromGrade(default));
    }

    [Fact]
    public void Target_RangeKeepsItsBounds()
    {
        var t = Target.Range(2m, 4m);
        Assert.Equal(TargetKind.Range, t.Kind);
        Assert.Equal(2m, t.Lower);
        Assert.Throws<InvalidOperationException>(() => t.Value);
        Assert.Throws<ArgumentException>(() => Target.Range(4m, 2m));
        Assert.Equal(TargetKind.Ordinal, Target.Of(IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WTP"])).Kind);
    }

    [Fact]
    public void QuarterlyValues_YearNeedsEveryQuarter_ToDateNeedsQuartersSoFar()
    {
        var full = new QuarterlyValues(3m, 2m, 4m, 5m);
        Assert.Equal(14m, full.Aggregate(QuarterlyAggregation.Sum));
        Assert.Equal(5m, full.Aggregate(QuarterlyAggregation.Last));
        Assert.Equal(3.5m, full.Aggregate(QuarterlyAggregation.Mean));

        var partial = new QuarterlyValues(3m, 2m, null, 5m);
        Assert.Equal(3, partial.ReportedCount);
        Assert.Null(partial.Aggregate(QuarterlyAggregation.Sum)); // a partial sum is not a year
        Assert.Equal(5m, partial.AggregateToDate(QuarterlyAggregation.Sum, 2));
        Assert.Equal(2m, partial.AggregateToDate(QuarterlyAggregation.Last, 2));
        Assert.Null(partial.AggregateToDate(QuarterlyAggregation.Sum, 3));
        Assert.Null(default(QuarterlyValues).Aggregate(QuarterlyAggregation.Sum));
    }

    [Theory]
    [InlineData("7.01.01", NomenclatureLevel.Program)]
    [InlineData("7.01.01.2.01", NomenclatureLevel.Kegiatan)]
    [InlineData("7.01.01.2.01.0001", NomenclatureLevel.SubKegiatan)]
    [InlineData("X.XX.01", NomenclatureLevel.Program)]
    public void NomenclatureCode_ParsesEachLevel(string text, NomenclatureLevel level) =>
        Assert.Equal(level, NomenclatureCode.Parse(text).Level);

    [Theory]
    [InlineData("7.1.01")]
    [InlineData("7.01.01.2")]
    [InlineData("7.01.01.2.01.001")]
    [InlineData("7.01.0A")]
    public void NomenclatureCode_RejectsMalformedCodes(string text)
    {
        var ex = Assert.Throws<FormatException>(() => NomenclatureCode.Parse(text));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EquatableArray_ComparesByContent()
    {
        Assert.Equal(EquatableArray.Create(1, 2, 3), EquatableArray.Create(1, 2, 3));
        Assert.NotEqual(EquatableArray.Create(1, 2, 3), EquatableArray.Create(3, 2, 1));
        Assert.True(default(EquatableArray<int>).IsEmpty);
    }
}
