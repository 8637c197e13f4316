using System;
using Sakip.Measurement.Tests.Utility;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Text;

public class ParseResultTests
{
    [Fact]
    public void ASuccess_HasItsTextAndValue_AndNoError()
    {
        var result = ParseResult<decimal>.ForValue("85,23", 85.23m);
        Assert.True(result.Success);
        Assert.Equal("85,23", result.Text);
        Assert.Null(result.Error);
        Assert.Equal(85.23m, result.Value);
        Assert.Equal(85.23m, result.GetValueOrThrow());
        Assert.True(result.TryGetValue(out decimal value));
        Assert.Equal(85.23m, value);
        Assert.Equal("Success: 7", ParseResult<int>.ForValue("7", 7).ToString());
        Assert.Throws<InvalidOperationException>(() => result.Exception);
    }

    [Fact]
    public void AFailure_ThrowsOnItsValue_NamingTheTextAndTheReason()
    {
        var result = ParseResult<decimal>.ForFailure("6.9230.000", "a bad group");
        Assert.False(result.Success);
        Assert.Equal("6.9230.000", result.Text);
        Assert.Equal("a bad group", result.Error);
        Assert.False(result.TryGetValue(out decimal value));
        Assert.Equal(0m, value);
        Assert.Equal("Failure: a bad group", result.ToString());
        var thrown = Assert.Throws<UnparsableValueException>(() => result.Value);
        Assert.Equal("6.9230.000", thrown.Text);
        Assert.Equal("The text '6.9230.000' cannot be parsed: a bad group.", thrown.Message);
        Assert.Equal(thrown.Message, Assert.Throws<UnparsableValueException>(() => result.GetValueOrThrow()).Message);
        Assert.Equal(thrown.Message, result.Exception.Message);
    }

    [Fact]
    public void AFailure_WithoutAReason_OrText_StillSaysSomething()
    {
        Assert.Equal("the text is not valid", ParseResult<int>.ForFailure("x", "").Error);
        Assert.Equal("the text is not valid", ParseResult<int>.ForFailure("x", null!).Error);
        Assert.Equal("", ParseResult<int>.ForFailure(null!, "r").Text);
        Assert.Equal("", ParseResult<int>.ForValue(null!, 1).Text);
        var none = default(ParseResult<int>);
        Assert.Equal((false, "", "no text was parsed"), (none.Success, none.Text, none.Error));
    }

    [Fact]
    public void Equality_IsBySuccessTextErrorAndValue()
    {
        TestHelper.TestEqualsStruct(
            ParseResult<decimal>.ForValue("1", 1m), ParseResult<decimal>.ForValue("1", 1m),
            ParseResult<decimal>.ForValue("1,0", 1m), ParseResult<decimal>.ForValue("1", 2m), ParseResult<decimal>.ForFailure("1", "r"), default);
        TestHelper.TestEqualsStruct(
            ParseResult<decimal>.ForFailure("x", "a"), ParseResult<decimal>.ForFailure("x", "a"),
            ParseResult<decimal>.ForFailure("x", "b"), ParseResult<decimal>.ForFailure("y", "a"), ParseResult<decimal>.ForValue("x", 0m));
    }
}
