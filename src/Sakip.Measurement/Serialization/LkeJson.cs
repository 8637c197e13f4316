using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sakip.Measurement.Lke;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// Reads and writes LKE worksheet files (<c>docs/lke-format.md</c>): the unit and year evaluated,
/// a bundled definition by name (<c>"definition": "PermenPanRb88Tahun2021"</c>) or a whole
/// definition (<c>customDefinition</c>), and the answers by criterion code. Strict like
/// <see cref="LkipJson"/>: unknown or repeated properties, wrong types and too deep or too large
/// files are <see cref="LkipFormatException"/>s naming the JSON path; content errors (weights
/// that do not sum, an answer the scale does not have) are <see cref="SakipDataException"/>s
/// naming the field.
/// </summary>
public static class LkeJson
{
    /// <summary>The version of the worksheet format this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly FormatNames<LkeDefinition> Definitions = new(("PermenPanRb88Tahun2021", LkeDefinition.PermenPanRb88Tahun2021));

    private static readonly FormatNames<LkeAnswerScale> AnswerScales = new(
        ("AToE", LkeAnswerScale.AToE), ("YaTidak", LkeAnswerScale.YaTidak), ("AToD", LkeAnswerScale.AToD), ("AToEFifths", LkeAnswerScale.AToEFifths));

    private static readonly FormatNames<LkeUnansweredPolicy> Unanswered = new(
        ("countsZero", LkeUnansweredPolicy.CountsZero), ("excluded", LkeUnansweredPolicy.Excluded));

    private static readonly FormatNames<LkeAggregation> Aggregations = new(
        ("rataRata", LkeAggregation.RataRata), ("akumulasi", LkeAggregation.Akumulasi));

    private static readonly FormatNames<LkeReportQuestion> Questions = new(
        ("againstAnnualTarget", LkeReportQuestion.AgainstAnnualTarget), ("againstRenstraTarget", LkeReportQuestion.AgainstRenstraTarget),
        ("againstPreviousYears", LkeReportQuestion.AgainstPreviousYears), ("againstBenchmark", LkeReportQuestion.AgainstBenchmark),
        ("efficiency", LkeReportQuestion.Efficiency));

    /// <summary>Reads a worksheet file.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">Limits on depth and size; null for the defaults. <see cref="LkipJsonOptions.Year"/> does not apply.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="LkipFormatException">The file is not a worksheet file: not JSON, too large or deep, an unknown, repeated or missing property, a value of the wrong type.</exception>
    /// <exception cref="SakipDataException">The content is invalid: an unknown definition or scale name, weights that do not sum, an unknown criterion or answer.</exception>
    public static LkeEvaluation Read(ReadOnlySpan<byte> utf8Json, LkipJsonOptions? options)
    {
        options ??= LkipJsonOptions.Default;
        utf8Json = JsonInput.Prepare(utf8Json, options);
        LkeEvaluationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, LkeJsonContext.Default.LkeEvaluationDocument);
        }
        catch (JsonException e)
        {
            throw JsonErrors.ToFormatException(e, LkeJsonContext.Default, LkeJsonContext.Default.LkeEvaluationDocument);
        }
        return ToEvaluation(document ?? throw new LkipFormatException("$", 1, 1, "the file holds null, not a worksheet"));
    }

    /// <summary>Reads a worksheet file with the default limits.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="LkipFormatException">The file is not a worksheet file.</exception>
    /// <exception cref="SakipDataException">The content is invalid.</exception>
    public static LkeEvaluation Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a worksheet file from a stream with the default limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The file is not a worksheet file.</exception>
    /// <exception cref="SakipDataException">The content is invalid.</exception>
    public static LkeEvaluation Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a worksheet file from a stream (read to its end, within <see cref="LkipJsonOptions.MaxBytes"/>).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The file is not a worksheet file.</exception>
    /// <exception cref="SakipDataException">The content is invalid.</exception>
    public static LkeEvaluation Read(Stream utf8Json, LkipJsonOptions? options)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= LkipJsonOptions.Default;
        using var buffer = JsonInput.ReadBounded(utf8Json, options);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a worksheet file from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The file is not a worksheet file.</exception>
    /// <exception cref="SakipDataException">The content is invalid.</exception>
    public static LkeEvaluation Parse(string json) => Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), null);

    /// <summary>
    /// Writes an evaluation as a worksheet file: the bundled definition by name, any other as a
    /// whole; every criterion's answer in worksheet order, null for an unanswered one.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Format(LkeEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var definition = evaluation.Worksheet.Definition;
        string? name = Definitions.NameOf(definition);
        var document = new LkeEvaluationDocument
        {
            FormatVersion = CurrentFormatVersion,
            Unit = evaluation.Unit,
            Year = evaluation.Year.Year,
            Evaluator = evaluation.Evaluator,
            Definition = name,
            CustomDefinition = name is null ? ToDocument(definition) : null,
            Answers = definition.CriterionCodes.ToDictionary(c => c, c => evaluation.Worksheet.AnswerTo(c)?.Code),
        };
        return JsonSerializer.Serialize(document, LkeJsonContext.Default.LkeEvaluationDocument);
    }

    private static LkeEvaluation ToEvaluation(LkeEvaluationDocument file)
    {
        if (file.FormatVersion is int version && version != CurrentFormatVersion)
        {
            throw new SakipDataException("formatVersion", version.ToString(CultureInfo.InvariantCulture),
                FormattableString.Invariant($"this library reads worksheet format version {CurrentFormatVersion}"));
        }
        LkeDefinition definition = (file.Definition, file.CustomDefinition) switch
        {
            (string name, null) => Definitions.Read(name, "definition"),
            (null, LkeDefinitionDocument custom) => ToDefinition(custom),
            _ => throw new SakipDataException("definition", file.Definition, "give either \"definition\" (a bundled definition's name) or \"customDefinition\" (a whole definition), not both or neither"),
        };
        var answers = file.Answers.Where(a => a.Value is not null).Select(a => KeyValuePair.Create(a.Key, a.Value!));
        var year = file.Year is >= FiscalYear.MinYear and <= FiscalYear.MaxYear
            ? new FiscalYear(file.Year)
            : throw new SakipDataException("year", file.Year.ToString(CultureInfo.InvariantCulture), "expected a year from 1 to 9999");
        return new LkeEvaluation(Text(file.Unit, "unit"), year, new LkeWorksheet(definition, answers), file.Evaluator);
    }

    private static LkeDefinition ToDefinition(LkeDefinitionDocument dto)
    {
        const string Path = "customDefinition";
        LkeAnswerScale scale = (dto.AnswerScale, dto.Answers) switch
        {
            (string name, null) => AnswerScales.Read(name, Path + ".answerScale"),
            (null, List<LkeAnswerDocument> answers) => Guard(Path + ".answers", () => new LkeAnswerScale(Text(dto.AnswerScaleName, Path + ".answerScaleName"),
                answers.Select(a => new LkeAnswer(a.Code, a.Value)))),
            _ => throw new SakipDataException(Path + ".answerScale", dto.AnswerScale,
                "give either \"answerScale\" (AToE, YaTidak, AToD or AToEFifths) or \"answers\" with \"answerScaleName\", not both or neither"),
        };
        var unanswered = dto.Unanswered is null ? LkeUnansweredPolicy.CountsZero : Unanswered.Read(dto.Unanswered, Path + ".unanswered");
        var predikat = dto.PredikatScale is null ? PredikatScale.PermenPanRb88Tahun2021 : FormatVocabulary.Scale.Read(dto.PredikatScale, Path + ".predikatScale");
        var komponen = dto.Komponen.Select((k, i) => Guard($"{Path}.komponen[{i}]", () => new LkeKomponen(k.Code, k.Name, Weight(k.Weight, $"{Path}.komponen[{i}].weight"),
            k.SubKomponen.Select((s, j) => Guard($"{Path}.komponen[{i}].subKomponen[{j}]", () => new LkeSubKomponen(s.Code, s.Name, Weight(s.Weight, $"{Path}.komponen[{i}].subKomponen[{j}].weight"),
                s.Aggregation is null ? LkeAggregation.RataRata : Aggregations.Read(s.Aggregation, $"{Path}.komponen[{i}].subKomponen[{j}].aggregation"),
                s.Criteria.Select((c, n) => Guard($"{Path}.komponen[{i}].subKomponen[{j}].criteria[{n}]", () => new LkeCriterion(c.Code, c.Text, c.Weight,
                    c.Report is null ? LkeReportQuestion.None : Questions.Read(c.Report, $"{Path}.komponen[{i}].subKomponen[{j}].criteria[{n}].report")))))))))).ToList();
        string regime = Text(dto.Regime, Path + ".regime");
        try
        {
            return new LkeDefinition(regime, komponen, scale, unanswered, predikat);
        }
        catch (SakipDataException e) when (e.FieldPath is string field)
        {
            // The definition names the field by its codes (komponen[3].subKomponen[b].weight); the file's is under customDefinition.
            string reason = e.Message.StartsWith(field + ": ", StringComparison.Ordinal) ? e.Message[(field.Length + 2)..] : e.Message;
            string value = e.Value is null ? string.Empty : $" (value: '{e.Value}')";
            reason = reason.EndsWith(value, StringComparison.Ordinal) ? reason[..^value.Length] : reason;
            throw new SakipDataException($"{Path}.{field}", e.Value, reason, e);
        }
    }

    private static decimal Weight(decimal? weight, string path) =>
        weight ?? throw new SakipDataException(path, null, "The weight is missing: a part without weight would score 0 without saying so.");

    // A caller error in a constructor (a blank code) is bad data here: it names the field.
    private static T Guard<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new SakipDataException(path, null, JsonErrors.WithoutPosition(e.Message.Split(" (Parameter", 2)[0]), e);
        }
    }

    private static string Text(string? text, string path) =>
        string.IsNullOrWhiteSpace(text) ? throw new SakipDataException(path, text, "the field must not be blank") : text;

    private static LkeDefinitionDocument ToDocument(LkeDefinition definition)
    {
        string? scale = AnswerScales.NameOf(definition.AnswerScale);
        return new LkeDefinitionDocument
        {
            Regime = definition.Regime,
            AnswerScale = scale,
            AnswerScaleName = scale is null ? definition.AnswerScale.Name : null,
            Answers = scale is null ? definition.AnswerScale.Answers.Select(a => new LkeAnswerDocument { Code = a.Code, Value = a.Value }).ToList() : null,
            Unanswered = Unanswered.NameOf(definition.Unanswered),
            PredikatScale = FormatVocabulary.Scale.NameOf(definition.PredikatScale),
            Komponen = definition.Komponen.Select(k => new LkeKomponenDocument
            {
                Code = k.Code,
                Name = k.Name,
                Weight = k.Weight,
                SubKomponen = k.SubKomponen.Select(s => new LkeSubKomponenDocument
                {
                    Code = s.Code,
                    Name = s.Name,
                    Weight = s.Weight,
                    Aggregation = Aggregations.NameOf(s.Aggregation),
                    Criteria = s.Criteria.Select(c => new LkeCriterionDocument
                    {
                        Code = c.Code,
                        Text = c.Text,
                        Weight = c.Weight,
                        Report = c.ReportQuestion == LkeReportQuestion.None ? null : Questions.NameOf(c.ReportQuestion),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }
}
