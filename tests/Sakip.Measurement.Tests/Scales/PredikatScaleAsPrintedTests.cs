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
