using System;
using System.Collections.Generic;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Lke;

public sealed class LkeWorksheetTests
{
    private static LkeWorksheet Sheet(params (string Code, string Answer)[] answers) =>
        new(LkeDefinition.PermenPanRb88Tahun2021, Array.ConvertAll(answers, a => KeyValuePair.Create(a.Code, a.Answer)));

    [Fact]
    public void Constructor_UnknownCriterion_NamesItAndTheFormOfACode()
    {
        var error = Assert.Throws<SakipDataException>(() => Sheet(("5.a.1", "A")));
        Assert.Equal("answers[5.a.1]", error.FieldPath);
        Assert.Equal("5.a.1", error.Value);
        Assert.Contains("3.b.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AnswerNotOnTheScale_NamesTheCriterionAndTheText()
    {
        var error = Assert.Throws<SakipDataException>(() => Sheet(("1.a.1", "Y")));
        Assert.Equal("answers[1.a.1]", error.FieldPath);
        Assert.Equal("Y", error.Value);
        Assert.Contains("A-E", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CriterionAnsweredTwice_IsRefused() =>
        Assert.Equal("answers[1.A.1]", Assert.Throws<SakipDataException>(() => Sheet(("1.a.1", "A"), ("1.A.1", "B"))).FieldPath);

    [Fact]
    public void AnswerTo_AnsweredAndUnanswered()
    {
        var sheet = Sheet(("1.a.1", "b"));
        Assert.Equal(new LkeAnswer("B", 0.75m), sheet.AnswerTo("1.A.1"));
        Assert.Null(sheet.AnswerTo("1.a.2"));
        Assert.Equal(1, sheet.AnsweredCount);
    }

    [Fact]
    public void With_ChangesOneAnswerAndLeavesTheWorksheetAsItWas()
    {
        var sheet = Sheet(("1.a.1", "B"));
        var changed = sheet.With("1.a.2", "A").With("1.a.1", null);
        Assert.Equal(new LkeAnswer("B", 0.75m), sheet.AnswerTo("1.a.1"));
        Assert.Null(changed.AnswerTo("1.a.1"));
        Assert.Equal(new LkeAnswer("A", 1m), changed.AnswerTo("1.a.2"));
    }

    [Fact]
    public void With_UnknownCriterionOrAnswer_IsAnArgumentError()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Sheet().With("9.z.9", "A")).ParamName);
        Assert.Equal("answer", Assert.Throws<ArgumentException>(() => Sheet().With("1.a.1", "Z")).ParamName);
    }

    [Fact]
    public void Equality_IsByDefinitionAndAnswers()
    {
        Assert.Equal(Sheet(("1.a.1", "B"), ("1.a.2", "A")), Sheet(("1.a.2", "a"), ("1.a.1", "B")));
        Assert.NotEqual(Sheet(("1.a.1", "B")), Sheet(("1.a.1", "A")));
        Assert.NotEqual(Sheet(("1.a.1", "B")), Sheet(("1.a.1", "B"), ("1.a.2", "B")));
        Assert.Equal("LKE PermenPANRB 88/2021: 1 of 80 answered", Sheet(("1.a.1", "B")).ToString());
    }

    [Fact]
    public void Errors_SayWhatIsWrong()
    {
        Assert.Contains("answered twice", Assert.Throws<SakipDataException>(() => Sheet(("1.a.1", "A"), ("1.A.1", "B"))).Message, StringComparison.Ordinal);
        Assert.Contains("no criterion '9.z.9'", Assert.Throws<ArgumentException>(() => Sheet().With("9.z.9", "A")).Message, StringComparison.Ordinal);
        Assert.Contains("'Z' is not an answer", Assert.Throws<ArgumentException>(() => Sheet().With("1.a.1", "Z")).Message, StringComparison.Ordinal);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Sheet().With(null!, "A")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Sheet().AnswerTo(null!)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryAnswerAndTheDefinition()
    {
        Assert.NotEqual(Sheet(("1.a.1", "B"), ("1.a.2", "A")), Sheet(("1.a.1", "B"), ("1.a.2", "C")));
        var other = new LkeDefinition("lain", LkeDefinition.PermenPanRb88Tahun2021.Komponen, LkeAnswerScale.AToE, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);
        Assert.NotEqual(Sheet(), new LkeWorksheet(other, []));
        Assert.False(Sheet().Equals(null));
    }
}
