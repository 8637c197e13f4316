using System;
using System.Linq;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Lke;

public sealed class LkeAnswerScaleTests
{
    [Fact]
    public void AToE_EarnsQuartersInAscendingOrder()
    {
        Assert.Equal(["E", "D", "C", "B", "A"], LkeAnswerScale.AToE.Answers.Select(a => a.Code));
        Assert.Equal([0m, 0.25m, 0.5m, 0.75m, 1m], LkeAnswerScale.AToE.Answers.Select(a => a.Value));
        Assert.Equal("A", LkeAnswerScale.AToE.Best.Code);
    }

    [Fact]
    public void TheOtherBuiltInScales_HaveTheirPracticesValues()
    {
        Assert.Equal([0m, 1m], LkeAnswerScale.YaTidak.Answers.Select(a => a.Value));
        Assert.Equal([0m, 0.33m, 0.66m, 1m], LkeAnswerScale.AToD.Answers.Select(a => a.Value));
        Assert.Equal([0.2m, 0.4m, 0.6m, 0.8m, 1m], LkeAnswerScale.AToEFifths.Answers.Select(a => a.Value));
    }

    [Fact]
    public void TryFind_IgnoresCaseAndSpaces()
    {
        Assert.True(LkeAnswerScale.AToE.TryFind(" b ", out var answer));
        Assert.Equal(new LkeAnswer("B", 0.75m), answer);
        Assert.False(LkeAnswerScale.AToE.TryFind("F", out _));
    }

    [Theory]
    [InlineData("E", "D")]
    [InlineData("B", "A")]
    [InlineData(null, "D")]
    [InlineData("A", null)]
    public void StepUp_IsTheNextAnswer_AndForNoAnswerTheFirstThatEarnsAnything(string? from, string? to)
    {
        LkeAnswer? current = from is null ? null : LkeAnswerScale.AToE.Answers.Single(a => a.Code == from);
        Assert.Equal(to, LkeAnswerScale.AToE.StepUp(current)?.Code);
    }

    [Fact]
    public void StepUp_OnAScaleWhoseLowestEarnsSomething_StartsThere() =>
        Assert.Equal("E", LkeAnswerScale.AToEFifths.StepUp(null)!.Value.Code);

    [Fact]
    public void StepUp_AnswerOfAnotherScale_IsAnArgumentError() =>
        Assert.Equal("answer", Assert.Throws<ArgumentException>(() => LkeAnswerScale.AToE.StepUp(new LkeAnswer("Y", 1m))).ParamName);

    [Fact]
    public void Constructor_RepeatedCode_IsRefusedIgnoringCase() =>
        Assert.Equal("answers", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m), new("A", 0m)])).ParamName);

    [Fact]
    public void Constructor_RepeatedValue_IsRefused() =>
        Assert.Equal("answers", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m), new("b", 1m)])).ParamName);

    [Fact]
    public void Constructor_OneAnswer_IsRefused() =>
        Assert.Equal("answers", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m)])).ParamName);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Answer_ValueOutsideZeroToOne_IsRefused(decimal value) =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new LkeAnswer("A", value)).ParamName);

    [Fact]
    public void Answer_BlankCode_IsRefused() =>
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new LkeAnswer(" ", 1m)).ParamName);

    [Fact]
    public void Equality_IsByNameAndAnswers()
    {
        Assert.Equal(new LkeAnswerScale("Y/T", [new("T", 0m), new("Y", 1m)]), LkeAnswerScale.YaTidak);
        Assert.NotEqual(LkeAnswerScale.AToE, LkeAnswerScale.AToEFifths);
        Assert.Equal("Y/T (T = 0, Y = 1)", LkeAnswerScale.YaTidak.ToString());
    }

    [Fact]
    public void Constructor_Errors_SayWhatIsWrong()
    {
        Assert.Contains("at least two answers", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m)])).Message, StringComparison.Ordinal);
        Assert.Contains("may appear once", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m), new("A", 0m)])).Message, StringComparison.Ordinal);
        Assert.Contains("different value", Assert.Throws<ArgumentException>(() => new LkeAnswerScale("x", [new("a", 1m), new("b", 1m)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepUp_AnswerOfAnotherScale_SaysWhichScale() =>
        Assert.Contains("not on scale 'A-E'", Assert.Throws<ArgumentException>(() => LkeAnswerScale.AToE.StepUp(new LkeAnswer("Y", 1m))).Message, StringComparison.Ordinal);

    [Fact]
    public void TryFind_NullCode_IsAnArgumentError() =>
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => LkeAnswerScale.AToE.TryFind(null!, out _)).ParamName);

    [Fact]
    public void Equality_NeedsTheSameNameAndTheSameAnswers()
    {
        var scale = new LkeAnswerScale("Y/T", [new("Y", 1m), new("T", 0m)]);
        Assert.NotEqual(new LkeAnswerScale("Ya/Tidak", [new("Y", 1m), new("T", 0m)]), scale);
        Assert.NotEqual(new LkeAnswerScale("Y/T", [new("Y", 1m), new("N", 0m)]), scale);
        Assert.False(scale.Equals(null));
        Assert.Equal(scale.GetHashCode(), LkeAnswerScale.YaTidak.GetHashCode());
    }

    [Fact]
    public void DefaultAnswer_HasAnEmptyCodeNotNull() => Assert.Equal(string.Empty, default(LkeAnswer).Code);
}
