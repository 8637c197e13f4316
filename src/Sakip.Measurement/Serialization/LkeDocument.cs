using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Sakip.Measurement.Serialization;

// The LKE worksheet file's shape (docs/lke-format.md), read and written through the
// source-generated context below. Values stay as given; LkeJson turns them into the model and
// names the field of any content error.

/// <summary>An LKE worksheet file: whose evaluation, which definition, and the answers.</summary>
internal sealed class LkeEvaluationDocument
{
    public int? FormatVersion { get; init; }

    public required string Unit { get; init; }

    public required int Year { get; init; }

    public string? Evaluator { get; init; }

    /// <summary>The name of a bundled definition (<c>PermenPanRb88Tahun2021</c>); or <see cref="CustomDefinition"/>.</summary>
    public string? Definition { get; init; }

    public LkeDefinitionDocument? CustomDefinition { get; init; }

    /// <summary>Criterion code → answer code, in the file's order; null or absent = unanswered.</summary>
    public required Dictionary<string, string?> Answers { get; init; }

    public string? Note { get; init; }
}

internal sealed class LkeDefinitionDocument
{
    public required string Regime { get; init; }

    /// <summary>A bundled scale's name; or <see cref="Answers"/> with <see cref="AnswerScaleName"/>.</summary>
    public string? AnswerScale { get; init; }

    public string? AnswerScaleName { get; init; }

    public List<LkeAnswerDocument>? Answers { get; init; }

    public string? Unanswered { get; init; }

    public string? PredikatScale { get; init; }

    public required List<LkeKomponenDocument> Komponen { get; init; }
}

internal sealed class LkeAnswerDocument
{
    public required string Code { get; init; }

    public required decimal Value { get; init; }
}

internal sealed class LkeKomponenDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public decimal? Weight { get; init; }

    public required List<LkeSubKomponenDocument> SubKomponen { get; init; }
}

internal sealed class LkeSubKomponenDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public decimal? Weight { get; init; }

    public string? Aggregation { get; init; }

    public required List<LkeCriterionDocument> Criteria { get; init; }
}

internal sealed class LkeCriterionDocument
{
    public required string Code { get; init; }

    public required string Text { get; init; }

    public decimal? Weight { get; init; }

    public string? Report { get; init; }
}

/// <summary>Source-generated (trim- and AOT-safe) metadata for the LKE worksheet file.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(LkeEvaluationDocument))]
internal sealed partial class LkeJsonContext : JsonSerializerContext;
