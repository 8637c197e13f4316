using Xunit;

namespace Sakip.Measurement.Tests.Scales;

public class PredikatScaleAsPrintedTests
{
    // A report's own scale printed with whole-number bands: 80 < x < 81 is covered by no band.
    private static readonly PredikatScale Printed = PredikatScale.CreateAsPrinted("Skala laporan",
    [
        new PredikatBand("SB", "Sangat Baik", BandBound.Inclusive(81m), BandBound.Inclusive(100m)),
        new PredikatBand("B", "Baik", BandBound.Inclusive(61m), BandBound.Inclusive(80m)),
        new PredikatBand("C", "Cukup", BandBound.Inclusive(0m), BandBound.Inclusive(60m)),
    ]);

    [Theory]
    [InlineData(80.5, PredikatGradeStatus.InGap, null)]
    [InlineData(60.01, PredikatGradeStatus.InGap, null)]
    [InlineData(80, PredikatGradeStatus.Graded, "B")]
    [InlineData(81, PredikatGradeStatus.Graded, "SB")]
    [InlineData(-1, PredikatGradeStatus.BelowScale, null)]
    [InlineData(100.01, PredikatGradeStatus.AboveScale, null)]
    public void Grade_ValueInAHole_IsUngraded_NeverAGuessedBand(double value, PredikatGradeStatus status, string? code)
    {
        var grade = Printed.Grade((decimal)value);
        Assert.Equal(status, grade.Status);
        Assert.Equal(code, grade.Band?.Code);
        Assert.Equal(code is not null, grade.IsGraded);
    }

    [Fact]
    public void CreateAsPrinted_RecordsTheHoles_CreateStillRejectsThem()
    {
        Assert.True(Printed.HasGaps);
        Assert.False(PredikatScale.PermenPanRb88Tahun2021.HasGaps);
        Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x", Printed.Bands));
    }

    [Fact]
    public void CreateAsPrinted_StillRejectsOverlaps() =>
        Assert.Throws<InvalidScaleException>(() => PredikatScale.CreateAsPrinted("x",
        [
            new PredikatBand("A", "a", BandBound.Inclusive(50m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "b", BandBound.Inclusive(0m), BandBound.Inclusive(50m)),
        ]));

    [Fact]
    public void Classify_ValueInAHole_ThrowsSayingSo_TryClassifyReportsIt()
    {
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => Printed.Classify(80.5m));
        Assert.Contains("hole", e.Message, System.StringComparison.Ordinal);
        Assert.False(Printed.TryClassify(80.5m, out _));
        Assert.Equal(-1, Printed.IndexOf(80.5m));
    }

    [Fact]
    public void WithLabels_KeepsTheHoles()
    {
        var relabelled = Printed.WithLabels("Skala", new System.Collections.Generic.Dictionary<string, string> { ["B"] = "Baik sekali" });
        Assert.True(relabelled.HasGaps);
        Assert.Equal(PredikatGradeStatus.InGap, relabelled.Grade(80.5m).Status);
    }

    [Fact]
    public void Grade_Default_IsNotGraded() => Assert.Equal(PredikatGradeStatus.NotGraded, default(PredikatGrade).Status);
}

public class PredikatScaleValidationTests
{
    private static PredikatBand Band(string code, BandBound lower, BandBound upper) => new(code, code, lower, upper);

    [Fact]
    public void Create_TwoBandsWithoutALowerBound_OverlapAndTheMessageNamesBoth()
    {
        var e = Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("s",
            [Band("A", BandBound.Unbounded, BandBound.Inclusive(10m)), Band("B", BandBound.Unbounded, BandBound.Inclusive(20m))]));
        Assert.Contains("'A' and 'B' both have no lower bound", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ABandWithoutAnUpperBoundBelowAnother_OverlapsAndTheMessageNamesBoth()
    {
        var e = Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("s",
            [Band("A", BandBound.Inclusive(0m), BandBound.Unbounded), Band("B", BandBound.Inclusive(50m), BandBound.Inclusive(60m))]));
        Assert.Contains("band 'A' has no upper bound but band 'B'", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoBandsOrARepeatedCode_MessagesNameTheScale()
    {
        Assert.Contains("Scale 'kosong' has no bands", Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("kosong", [])).Message, System.StringComparison.Ordinal);
        var e = Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("s",
            [Band("A", BandBound.Inclusive(0m), BandBound.Exclusive(10m)), Band("A", BandBound.Inclusive(10m), BandBound.Inclusive(20m))]));
        Assert.Contains("repeats the code 'A'", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void GetBand_And_WithLabels_NameTheirParameters()
    {
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        Assert.Equal("code", Assert.Throws<System.ArgumentNullException>(() => scale.GetBand(null!)).ParamName);
        var missing = Assert.Throws<System.ArgumentException>(() => scale.GetBand("Z"));
        Assert.Equal("code", missing.ParamName);
        Assert.Contains("has no band 'Z'", missing.Message, System.StringComparison.Ordinal);
        Assert.Equal("labelsByCode", Assert.Throws<System.ArgumentNullException>(() => scale.WithLabels("x", null!)).ParamName);
    }

    [Fact]
    public void Equality_NeedsTheSameNameAndBands()
    {
        var relabelled = PredikatScale.PermenPanRb88Tahun2021.WithLabels("PermenPANRB 88/2021", new System.Collections.Generic.Dictionary<string, string> { ["B"] = "Cukup Memadai" });
        Assert.NotEqual(PredikatScale.PermenPanRb88Tahun2021, relabelled);
        var renamed = PredikatScale.Create("other", PredikatScale.PermenPanRb88Tahun2021.Bands);
        Assert.NotEqual(PredikatScale.PermenPanRb88Tahun2021, renamed);
        Assert.Equal(PredikatScale.Create("other", PredikatScale.PermenPanRb88Tahun2021.Bands), renamed);
    }

    [Fact]
    public void ClassifyExact_OutsideABoundedScale_Throws()
    {
        var bounded = PredikatScale.Create("s", [Band("A", BandBound.Inclusive(0m), BandBound.Inclusive(100m))]);
        Assert.Equal("A", bounded.Classify(Sakip.Measurement.Utility.Rational.Of(1, 3)).Code);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => bounded.Classify(Sakip.Measurement.Utility.Rational.Of(201, 2)));
    }
}
