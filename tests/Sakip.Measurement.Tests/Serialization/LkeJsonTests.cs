using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Serialization;

public sealed class LkeJsonTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Samples", "lke", "patrang-2023-contoh.json");

    private const string Minimal = """
        { "formatVersion": 1, "unit": "Kecamatan Uji", "year": 2025, "definition": "PermenPanRb88Tahun2021",
          "answers": { "1.a.1": "A", "1.a.2": "b", "1.a.3": null } }
        """;

    private const string Custom = """
        { "unit": "Kecamatan Uji", "year": 2025,
          "customDefinition": { "regime": "uji 2024", "answerScaleName": "Y/T", "answers": [ { "code": "Y", "value": 1 }, { "code": "T", "value": 0 } ],
            "unanswered": "excluded",
            "komponen": [ { "code": "1", "name": "Satu", "weight": 100, "subKomponen": [
              { "code": "a", "name": "Dua kriteria", "weight": 100, "aggregation": "akumulasi", "criteria": [
                { "code": "1", "text": "berat", "weight": 70, "report": "againstAnnualTarget" }, { "code": "2", "text": "ringan", "weight": 30 } ] } ] } ] },
          "answers": { "1.a.1": "Y", "1.a.2": "T" } }
        """;

    [Fact]
    public void Read_BundledSample_IsPatrang2023WithOneCriterionLeftOpen()
    {
        using var stream = File.OpenRead(Sample);
        var evaluation = LkeJson.Read(stream);
        Assert.Equal("Kecamatan Patrang", evaluation.Unit);
        Assert.Equal(new FiscalYear(2023), evaluation.Year);
        Assert.Equal(LkeDefinition.PermenPanRb88Tahun2021, evaluation.Worksheet.Definition);
        Assert.Equal(79, evaluation.Worksheet.AnsweredCount);
        Assert.Null(evaluation.Worksheet.AnswerTo("4.c.5"));
    }

    [Fact]
    public void Parse_NullAnswer_IsUnansweredAndCodesReadIgnoringCase()
    {
        var evaluation = LkeJson.Parse(Minimal);
        Assert.Equal(2, evaluation.Worksheet.AnsweredCount);
        Assert.Equal("B", evaluation.Worksheet.AnswerTo("1.a.2")!.Value.Code);
        Assert.Null(evaluation.Worksheet.AnswerTo("1.a.3"));
        Assert.Null(evaluation.Evaluator);
    }

    [Fact]
    public void Parse_CustomDefinition_KeepsEveryPart()
    {
        var definition = LkeJson.Parse(Custom).Worksheet.Definition;
        Assert.Equal("uji 2024", definition.Regime);
        Assert.Equal(LkeUnansweredPolicy.Excluded, definition.Unanswered);
        Assert.Equal("Y/T", definition.AnswerScale.Name);
        var sub = definition.Komponen.Single().SubKomponen.Single();
        Assert.Equal(LkeAggregation.Akumulasi, sub.Aggregation);
        Assert.Equal([70m, 30m], sub.Criteria.Select(c => c.Weight!.Value));
        Assert.Equal(LkeReportQuestion.AgainstAnnualTarget, sub.Criteria[0].ReportQuestion);
        Assert.Equal(70m, LkeCalculator.Score(LkeJson.Parse(Custom).Worksheet).Total);
    }

    [Fact]
    public void FormatThenParse_GivesTheSameEvaluation_ForTheBundledAndACustomDefinition()
    {
        foreach (var evaluation in new[] { LkeJson.Parse(Minimal), LkeJson.Parse(Custom), LkeJson.Read(File.ReadAllBytes(Sample)) })
        {
            var again = LkeJson.Parse(LkeJson.Format(evaluation));
            Assert.Equal(evaluation, again);
        }
        Assert.Contains("\"definition\": \"PermenPanRb88Tahun2021\"", LkeJson.Format(LkeJson.Parse(Minimal)), StringComparison.Ordinal);
        Assert.Contains("\"1.a.3\": null", LkeJson.Format(LkeJson.Parse(Minimal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"year\": 2025,", "\"year\": \"2025\",", "$.year", "expected a whole number")]
    [InlineData("\"answers\": {", "\"answer\": 1, \"answers\": {", "$.answer", "unknown property 'answer'")]
    [InlineData("\"1.a.1\": \"A\",", "\"1.a.1\": \"A\", \"1.a.1\": \"B\",", "$.answers['1.a.1']", "given twice")]
    public void Parse_StructureErrors_NameTheJsonPath(string from, string to, string path, string what)
    {
        var error = Assert.Throws<LkipFormatException>(() => LkeJson.Parse(Minimal.Replace(from, to, StringComparison.Ordinal)));
        Assert.Contains(path, error.JsonPath ?? error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"PermenPanRb88Tahun2021\"", "\"Permen88\"", "definition", "expected one of \"PermenPanRb88Tahun2021\"")]
    [InlineData("\"1.a.2\": \"b\"", "\"1.a.2\": \"F\"", "answers[1.a.2]", "Not an answer of scale A-E")]
    [InlineData("\"1.a.2\": \"b\"", "\"9.z.9\": \"A\"", "answers[9.z.9]", "no criterion with this code")]
    [InlineData("\"year\": 2025", "\"year\": 0", "year", "expected a year")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2", "formatVersion", "version 1")]
    public void Parse_ContentErrors_NameTheField(string from, string to, string field, string what)
    {
        var error = Assert.Throws<SakipDataException>(() => LkeJson.Parse(Minimal.Replace(from, to, StringComparison.Ordinal)));
        Assert.Equal(field, error.FieldPath);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weight\": 70, \"report\"", "\"report\"", "customDefinition.komponen[1].subKomponen[a].criteria[1].weight", "missing")]
    [InlineData("\"weight\": 30 }", "\"weight\": 20 }", "customDefinition.komponen[1].subKomponen[a].criteria", "sum to 90")]
    [InlineData("\"code\": \"1\", \"name\": \"Satu\", \"weight\": 100,", "\"code\": \"1\", \"name\": \"Satu\",", "customDefinition.komponen[0].weight", "missing")]
    [InlineData("\"aggregation\": \"akumulasi\"", "\"aggregation\": \"jumlah\"", "customDefinition.komponen[0].subKomponen[0].aggregation", "\"rataRata\", \"akumulasi\"")]
    [InlineData("\"unanswered\": \"excluded\",", "\"unanswered\": \"skip\",", "customDefinition.unanswered", "\"countsZero\"")]
    [InlineData("\"code\": \"Y\", \"value\": 1", "\"code\": \"Y\", \"value\": 0", "customDefinition.answers", "different value")]
    [InlineData("\"answerScaleName\": \"Y/T\", ", "\"answerScale\": \"AToE\", \"answerScaleName\": \"Y/T\", ", "customDefinition.answerScale", "not both")]
    public void Parse_CustomDefinitionErrors_NameTheField(string from, string to, string field, string what)
    {
        Assert.Contains(from, Custom, StringComparison.Ordinal);
        var error = Assert.Throws<SakipDataException>(() => LkeJson.Parse(Custom.Replace(from, to, StringComparison.Ordinal)));
        Assert.Equal(field, error.FieldPath);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BothDefinitionAndCustom_IsRefused()
    {
        string both = Custom.Replace("\"customDefinition\"", "\"definition\": \"PermenPanRb88Tahun2021\", \"customDefinition\"", StringComparison.Ordinal);
        Assert.Equal("definition", Assert.Throws<SakipDataException>(() => LkeJson.Parse(both)).FieldPath);
    }

    [Fact]
    public void ReadAndFormat_NullArguments_AreArgumentErrors()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => LkeJson.Read((Stream)null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => LkeJson.Parse(null!)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => LkeJson.Format(null!)).ParamName);
    }

    [Fact]
    public void Read_LargerThanTheLimit_IsAFormatError()
    {
        var error = Assert.Throws<LkipFormatException>(() => LkeJson.Read(System.Text.Encoding.UTF8.GetBytes(Minimal), new LkipJsonOptions { MaxBytes = 10 }));
        Assert.Contains("larger than 10 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CustomDefinitionError_NamesItsFieldOnce_WithTheDefinitionsReasonAndValue()
    {
        var error = Assert.Throws<SakipDataException>(() => LkeJson.Parse(Custom.Replace("\"weight\": 30 }", "\"weight\": 20 }", StringComparison.Ordinal)));
        Assert.Equal("customDefinition.komponen[1].subKomponen[a].criteria: The criteria's weights sum to 90, not to the sub-komponen's weight 100. (value: '90')", error.Message);
        var missing = Assert.Throws<SakipDataException>(() => LkeJson.Parse(Custom.Replace("\"weight\": 70, \"report\"", "\"report\"", StringComparison.Ordinal)));
        Assert.Equal("customDefinition.komponen[1].subKomponen[a].criteria[1].weight: The weight is missing: a criterion without weight would score 0 without saying so.", missing.Message);
    }

    [Theory]
    [InlineData("\"name\": \"Satu\"", "\"name\": \" \"", "customDefinition.komponen[0]")]
    [InlineData("\"name\": \"Dua kriteria\"", "\"name\": \"\"", "customDefinition.komponen[0].subKomponen[0]")]
    [InlineData("\"text\": \"ringan\"", "\"text\": \"\"", "customDefinition.komponen[0].subKomponen[0].criteria[1]")]
    [InlineData("\"code\": \"Y\", \"value\": 1", "\"code\": \"\", \"value\": 1", "customDefinition.answers")]
    [InlineData("\"regime\": \"uji 2024\"", "\"regime\": \"\"", "customDefinition.regime")]
    [InlineData("\"answerScaleName\": \"Y/T\"", "\"answerScaleName\": \" \"", "customDefinition.answerScaleName")]
    [InlineData("\"report\": \"againstAnnualTarget\"", "\"report\": \"annual\"", "customDefinition.komponen[0].subKomponen[0].criteria[0].report")]
    public void Parse_BlankOrUnknownInACustomDefinition_NamesItsPlace(string from, string to, string field)
    {
        Assert.Contains(from, Custom, StringComparison.Ordinal);
        Assert.Equal(field, Assert.Throws<SakipDataException>(() => LkeJson.Parse(Custom.Replace(from, to, StringComparison.Ordinal))).FieldPath);
    }

    [Fact]
    public void Parse_CustomDefinitionDefaults_AreCountsZeroRataRataAndThe88Scale()
    {
        string json = Custom.Replace("\"unanswered\": \"excluded\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"weight\": 100, \"aggregation\": \"akumulasi\",", "\"weight\": 100,", StringComparison.Ordinal)
            .Replace("\"weight\": 70, ", string.Empty, StringComparison.Ordinal).Replace(", \"weight\": 30 }", " }", StringComparison.Ordinal);
        var definition = LkeJson.Parse(json).Worksheet.Definition;
        Assert.Equal(LkeUnansweredPolicy.CountsZero, definition.Unanswered);
        Assert.Equal(LkeAggregation.RataRata, definition.Komponen[0].SubKomponen[0].Aggregation);
        Assert.Equal(PredikatScale.PermenPanRb88Tahun2021, definition.PredikatScale);
    }

    [Fact]
    public void Parse_CustomPredikatScale_IsKept()
    {
        string json = Custom.Replace("\"unanswered\": \"excluded\",", "\"unanswered\": \"excluded\", \"predikatScale\": \"Permendagri86Tahun2017\",", StringComparison.Ordinal);
        Assert.Equal(PredikatScale.Permendagri86Tahun2017, LkeJson.Parse(json).Worksheet.Definition.PredikatScale);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(9999, true)]
    [InlineData(10000, false)]
    public void Parse_Year_IsAFiscalYear(int year, bool valid)
    {
        string json = Minimal.Replace("\"year\": 2025", $"\"year\": {year}", StringComparison.Ordinal);
        if (valid)
        {
            Assert.Equal(new FiscalYear(year), LkeJson.Parse(json).Year);
        }
        else
        {
            Assert.Equal("year", Assert.Throws<SakipDataException>(() => LkeJson.Parse(json)).FieldPath);
        }
    }

    [Fact]
    public void Parse_Errors_OfTheWholeFile_SayWhatIsExpected()
    {
        Assert.Contains("holds null", Assert.Throws<LkipFormatException>(() => LkeJson.Parse("null")).Message, StringComparison.Ordinal);
        Assert.Equal("unit", Assert.Throws<SakipDataException>(() => LkeJson.Parse(Minimal.Replace("\"Kecamatan Uji\"", "\" \"", StringComparison.Ordinal))).FieldPath);
        string neither = Minimal.Replace("\"definition\": \"PermenPanRb88Tahun2021\",", string.Empty, StringComparison.Ordinal);
        Assert.Contains("give either \"definition\"", Assert.Throws<SakipDataException>(() => LkeJson.Parse(neither)).Message, StringComparison.Ordinal);
        Assert.Contains("expected one of \"AToE\"", Assert.Throws<SakipDataException>(() => LkeJson.Parse(Custom.Replace("\"answerScaleName\": \"Y/T\", \"answers\": [ { \"code\": \"Y\", \"value\": 1 }, { \"code\": \"T\", \"value\": 0 } ]", "\"answerScale\": \"YT\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamWithOptions_KeepsTheLimit()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Minimal));
        Assert.Throws<LkipFormatException>(() => LkeJson.Read(stream, new LkipJsonOptions { MaxBytes = 10 }));
    }

    [Fact]
    public void Format_ACustomScaleAndReportQuestions_WritesThemWhole()
    {
        // Y and T named otherwise than the bundled Y/T scale: written whole (the bundled one would be written by name).
        string written = LkeJson.Format(LkeJson.Parse(Custom.Replace("\"answerScaleName\": \"Y/T\"", "\"answerScaleName\": \"Ya-Tidak\"", StringComparison.Ordinal)));
        Assert.Contains("\"answerScaleName\": \"Ya-Tidak\"", written, StringComparison.Ordinal);
        Assert.Contains("\"report\": \"againstAnnualTarget\"", written, StringComparison.Ordinal);
        Assert.Contains("\"unanswered\": \"excluded\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"answerScale\":", written, StringComparison.Ordinal);
        string bundled = LkeJson.Format(new LkeEvaluation("u", new FiscalYear(2025), new LkeWorksheet(
            new LkeDefinition("x", LkeDefinition.PermenPanRb88Tahun2021.Komponen, LkeAnswerScale.AToE, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021), [])));
        Assert.Contains("\"answerScale\": \"AToE\"", bundled, StringComparison.Ordinal);
        Assert.DoesNotContain("answerScaleName", bundled, StringComparison.Ordinal);
    }
}
