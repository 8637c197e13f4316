using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Model;
using Sakip.Measurement.Text;
using static Sakip.Measurement.Serialization.FormatVocabulary;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// Builds the model from a report file as deserialized (<see cref="LkipDocument"/>). Values are
/// read with <see cref="IndicatorValuePattern.Default"/> and amounts with
/// <see cref="NumberPattern.Number"/> (decimal point accepted when unambiguous); every failure is a
/// <see cref="SakipDataException"/> naming the field path, e.g.
/// <c>renstra[0].tujuan[T2].sasaran[S3].indikator[IKU-3].years[2023].realisasi</c>.
/// </summary>
internal static class LkipReader
{
    private static readonly IndicatorValuePattern Values = IndicatorValuePattern.Default;
    private static readonly NumberPattern Amounts = NumberPattern.Number.WithDecimalPointAccepted();

    internal static Lkip Read(LkipDocument file, FiscalYear? year)
    {
        int version = file.FormatVersion ?? 1;
        if (version is < 1 or > LkipJson.CurrentFormatVersion)
        {
            throw new SakipDataException("formatVersion", version.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"this version of the library reads format versions 1 to {LkipJson.CurrentFormatVersion}"));
        }
        if (version == 1)
        {
            RequireVersion2(file.Budget, "budget");
            RequireVersion2(file.Benchmarks, "benchmarks");
            RequireVersion2(file.Ikm, "ikm");
            RequireVersion2(file.Ipp, "ipp");
            RequireVersion2(file.Printed, "printed");
            RequireVersion2(file.Aggregates, "aggregates");
            RequireVersion2(file.Scales, "scales");
        }

        string unit = NotBlank(file.Unit, "unit");
        var reportYear = year ?? (file.Year is int y ? Year(y, "year") : throw new SakipDataException("year", null, "the file names no year and none was given"));
        var policies = ReadPolicies(NotNull(file.Policy, "policy"), file.Scale);

        var renstra = new List<Renstra>();
        var printed = new List<PrintedFigure>();
        var list = List(file.Renstra, "renstra");
        for (int i = 0; i < list.Count; i++)
        {
            renstra.Add(ReadRenstra(NotNull(list[i], $"renstra[{i}]"), $"renstra[{i}]", printed));
        }
        var perangkat = new PerangkatDaerah(unit, renstra);
        if (perangkat.RenstraFor(reportYear).IsEmpty)
        {
            throw new SakipDataException("year", reportYear.ToString(),
                $"no Renstra in the file covers the year (periods: {string.Join(", ", perangkat.Renstra.Select(r => r.Period.ToString()))})");
        }

        var budget = file.Budget is { } b ? ReadBudget(b, "budget") : null;
        var benchmarks = new List<BenchmarkValue>();
        var benchmarkList = file.Benchmarks ?? [];
        for (int i = 0; i < benchmarkList.Count; i++)
        {
            var dto = NotNull(benchmarkList[i], $"benchmarks[{i}]");
            benchmarks.Add(new BenchmarkValue(NotBlank(dto.Indikator, $"benchmarks[{i}].indikator"), Number(dto.Value, $"benchmarks[{i}].value"),
                NotBlank(dto.Source, $"benchmarks[{i}].source")));
        }
        var ikm = file.Ikm is { } ikmDto ? ReadIkm(ikmDto, "ikm") : null;
        IppInput? ipp = file.Ipp is { } ippDto
            ? new IppInput(NumberOrNull(ippDto.F02, "ipp.f02"), NumberOrNull(ippDto.F03, "ipp.f03"), NumberOrNull(ippDto.Value, "ipp.value"))
            : null;
        var printedList = file.Printed ?? [];
        for (int i = 0; i < printedList.Count; i++)
        {
            printed.Add(ReadPrinted(NotNull(printedList[i], $"printed[{i}]"), $"printed[{i}]"));
        }
        var aggregates = new List<PrintedAggregate>();
        var aggregateList = file.Aggregates ?? [];
        for (int i = 0; i < aggregateList.Count; i++)
        {
            aggregates.Add(ReadAggregate(NotNull(aggregateList[i], $"aggregates[{i}]"), $"aggregates[{i}]"));
        }
        var scales = new List<PrintedScale>();
        var scaleList = file.Scales ?? [];
        for (int i = 0; i < scaleList.Count; i++)
        {
            scales.Add(ReadScale(NotNull(scaleList[i], $"scales[{i}]"), $"scales[{i}]"));
        }
        return new Lkip(perangkat, reportYear, policies, budget, benchmarks, ikm, ipp, printed, aggregates, scales);
    }

    private static void RequireVersion2(object? value, string path)
    {
        if (value is not null)
        {
            throw new SakipDataException(path, null, "the property belongs to format version 2: add \"formatVersion\": 2 to the file");
        }
    }

    private static LkipPolicies ReadPolicies(PolicyDocument dto, string? scaleName)
    {
        var capping = Capping.Read(dto.Capping, "policy.capping");
        var capaian = new CapaianPolicy { Capping = capping };
        if (dto.NegativeFormula is not null)
        {
            capaian = capaian with { NegativeFormula = NegativeFormulas.Read(dto.NegativeFormula, "policy.negativeFormula") };
        }
        if (dto.ZeroTarget is not null)
        {
            capaian = capaian with { ZeroTarget = ZeroTarget.Read(dto.ZeroTarget, "policy.zeroTarget") };
        }
        if (dto.OrdinalMethod is not null)
        {
            capaian = capaian with { OrdinalMethod = OrdinalMethod.Read(dto.OrdinalMethod, "policy.ordinalMethod") };
        }
        var scale = Scale.Read(scaleName, "scale");
        var gradeOn = dto.GradeOn is null ? capaian.DefaultBasis : GradeOn.Read(dto.GradeOn, "policy.gradeOn");
        var unitMean = dto.UnitMean is null ? UnitAggregation.MeanOfIndicators : UnitMean.Read(dto.UnitMean, "policy.unitMean");
        var pagu = dto.Pagu is null ? PaguBasis.PerubahanElseMurni : Pagu.Read(dto.Pagu, "policy.pagu");
        var efficiency = dto.Efficiency is null ? EfficiencyPolicy.CapaianAboveSerapan : Efficiency.Read(dto.Efficiency, "policy.efficiency");
        return new LkipPolicies(capaian, scale, gradeOn, unitMean, pagu, efficiency);
    }

    private static Renstra ReadRenstra(RenstraDocument dto, string path, List<PrintedFigure> printed)
    {
        string name = NotBlank(dto.Name, path + ".name");
        var first = Year(dto.FirstYear, path + ".firstYear");
        var final = Year(dto.FinalYear, path + ".finalYear");
        if (final < first)
        {
            throw new SakipDataException(path + ".finalYear", final.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"the final year is before the first year {first}"));
        }

        var tujuan = new List<Tujuan>();
        var list = List(dto.Tujuan, path + ".tujuan");
        for (int i = 0; i < list.Count; i++)
        {
            tujuan.Add(ReadTujuan(NotNull(list[i], $"{path}.tujuan[{i}]"), $"{path}.tujuan", i, printed));
        }
        return Guard(path, () => new Renstra(name, new RenstraPeriod(first, final), tujuan));
    }

    private static Tujuan ReadTujuan(TujuanDocument dto, string listPath, int index, List<PrintedFigure> printed)
    {
        string code = NotBlank(dto.Code, $"{listPath}[{index}].code");
        string path = $"{listPath}[{code}]";
        string name = NotBlank(dto.Name, path + ".name");
        var indikator = ReadIndikatorList(dto.Indikator ?? [], path + ".indikator", printed);
        var sasaran = new List<Sasaran>();
        var list = dto.Sasaran ?? [];
        for (int i = 0; i < list.Count; i++)
        {
            var s = NotNull(list[i], $"{path}.sasaran[{i}]");
            string sasaranCode = NotBlank(s.Code, $"{path}.sasaran[{i}].code");
            string sasaranPath = $"{path}.sasaran[{sasaranCode}]";
            sasaran.Add(new Sasaran(
                sasaranCode,
                NotBlank(s.Name, sasaranPath + ".name"),
                ReadIndikatorList(List(s.Indikator, sasaranPath + ".indikator"), sasaranPath + ".indikator", printed)));
        }
        return new Tujuan(code, name, indikator, sasaran);
    }

    private static List<Indikator> ReadIndikatorList(IReadOnlyList<IndikatorDocument> list, string listPath, List<PrintedFigure>? printed)
    {
        var result = new List<Indikator>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var dto = NotNull(list[i], $"{listPath}[{i}]");
            string code = NotBlank(dto.Code, $"{listPath}[{i}].code");
            result.Add(ReadIndikator(dto, code, $"{listPath}[{code}]", printed));
        }
        return result;
    }

    private static Indikator ReadIndikator(IndikatorDocument dto, string code, string path, List<PrintedFigure>? printed)
    {
        string name = NotBlank(dto.Name, path + ".name");
        string satuan = NotBlank(dto.Satuan, path + ".satuan");
        var polarity = Polarities.Read(dto.Polarity, path + ".polarity");
        var kind = TargetKinds.Read(dto.TargetKind, path + ".targetKind");
        var quarterly = dto.QuarterlyAggregation is null ? QuarterlyAggregation.Last : Quarterly.Read(dto.QuarterlyAggregation, path + ".quarterlyAggregation");
        decimal weight = dto.Weight ?? 1m;
        if (weight <= 0m)
        {
            throw new SakipDataException(path + ".weight", weight.ToString(CultureInfo.InvariantCulture), "the weight must be positive");
        }

        var years = new List<IndicatorYear>();
        var list = List(dto.Years, path + ".years");
        for (int i = 0; i < list.Count; i++)
        {
            var y = NotNull(list[i], $"{path}.years[{i}]");
            var year = Year(y.Year, $"{path}.years[{i}].year");
            string yearPath = $"{path}.years[{year}]";
            if (printed is not null)
            {
                // The shorthand printed cells of version 1 become occurrences of the indicator-year's figures.
                var where = PrintedLocation.InTable(string.IsNullOrWhiteSpace(y.PrintedSource) ? "tabel pengukuran kinerja" : y.PrintedSource);
                if (y.PrintedCapaian is not null)
                {
                    printed.Add(new PrintedFigure(new FigureId(FigureKind.Capaian, code, year), where, y.PrintedCapaian));
                }
                if (y.PrintedPredikat is not null)
                {
                    printed.Add(new PrintedFigure(new FigureId(FigureKind.Predikat, code, year), where, y.PrintedPredikat));
                }
            }
            else if (y.PrintedCapaian is not null || y.PrintedPredikat is not null)
            {
                throw new SakipDataException(yearPath, null, "an output indicator's printed cells go in the \"printed\" list");
            }
            years.Add(new IndicatorYear(
                year,
                renstraTarget: ReadTarget(y.RenstraTarget, kind, yearPath + ".renstraTarget"),
                pkTarget: ReadTarget(y.PkTarget, kind, yearPath + ".pkTarget"),
                pkPerubahanTarget: ReadTarget(y.PkPerubahanTarget, kind, yearPath + ".pkPerubahanTarget"),
                realisasi: y.Realisasi is null ? null : ReadValue(y.Realisasi, yearPath + ".realisasi"),
                quarterlyRealisasi: ReadQuarters(y.QuarterlyRealisasi, yearPath + ".quarterlyRealisasi"),
                quarterlyTargets: ReadQuarters(y.QuarterlyTargets, yearPath + ".quarterlyTargets")));
        }
        return Guard(path, () => new Indikator(code, name, satuan, polarity, kind, years, quarterly, weight));
    }

    private static QuarterlyValues ReadQuarters(IReadOnlyList<string?>? quarters, string path)
    {
        if (quarters is null)
        {
            return default;
        }
        if (quarters.Count != 4)
        {
            throw new SakipDataException(path, null, "expected four entries, triwulan I to IV (null for a quarter not reported)");
        }
        return new QuarterlyValues(NumberOrNull(quarters[0], path + "[0]"), NumberOrNull(quarters[1], path + "[1]"),
            NumberOrNull(quarters[2], path + "[2]"), NumberOrNull(quarters[3], path + "[3]"));
    }

    private static BudgetTree ReadBudget(BudgetDocument dto, string path)
    {
        var lines = List(dto.Lines, path + ".lines");
        var items = new List<BudgetItem>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            items.Add(ReadLine(NotNull(lines[i], $"{path}.lines[{i}]"), $"{path}.lines", i));
        }
        var links = new List<SasaranBudgetLink>();
        var linkList = dto.Links ?? [];
        for (int i = 0; i < linkList.Count; i++)
        {
            var link = NotNull(linkList[i], $"{path}.links[{i}]");
            links.Add(new SasaranBudgetLink(NotBlank(link.Sasaran, $"{path}.links[{i}].sasaran"), NotBlank(link.Line, $"{path}.links[{i}].line")));
        }
        return Guard(path, () => new BudgetTree(items, links));
    }

    private static BudgetItem ReadLine(BudgetLineDocument dto, string listPath, int index)
    {
        string key = NotBlank(dto.Key, $"{listPath}[{index}].key");
        string path = $"{listPath}[{key}]";
        var level = Levels.Read(dto.Level, path + ".level");
        string name = NotBlank(dto.Name, path + ".name");
        var amounts = new BudgetAmounts(NumberOrNull(dto.PaguMurni, path + ".paguMurni"), NumberOrNull(dto.PaguPerubahan, path + ".paguPerubahan"),
            NumberOrNull(dto.Realisasi, path + ".realisasi"));
        var children = new List<BudgetItem>();
        var list = dto.Children ?? [];
        for (int i = 0; i < list.Count; i++)
        {
            children.Add(ReadLine(NotNull(list[i], $"{path}.children[{i}]"), path + ".children", i));
        }
        var outputs = ReadIndikatorList(dto.Outputs ?? [], path + ".outputs", null);
        return Guard(path, () => new BudgetItem(key, level, name, amounts, children, string.IsNullOrWhiteSpace(dto.Code) ? null : dto.Code.Trim(), outputs));
    }

    private static IkmInput ReadIkm(IkmDocument dto, string path)
    {
        var definition = IkmDefinitions.Read(dto.Definition, path + ".definition");
        var weighting = dto.Weighting is null ? IkmWeighting.Exact : IkmWeightings.Read(dto.Weighting, path + ".weighting");
        int shapes = (dto.Counts is null ? 0 : 1) + (dto.Distributions is null ? 0 : 1) + (dto.Nrr is null ? 0 : 1);
        if (shapes != 1)
        {
            throw new SakipDataException(path, null, "give exactly one of \"counts\", \"distributions\" and \"nrr\"");
        }
        if (dto.Counts is { } counts)
        {
            var perElement = new List<AnswerCounts>(counts.Count);
            for (int i = 0; i < counts.Count; i++)
            {
                var c = NotNull(counts[i], $"{path}.counts[{i}]");
                if (c.Count != 4)
                {
                    throw new SakipDataException($"{path}.counts[{i}]", null, "expected four counts: answers 1, 2, 3 and 4");
                }
                perElement.Add(Guard($"{path}.counts[{i}]", () => new AnswerCounts(c[0], c[1], c[2], c[3])));
            }
            long respondents = dto.Respondents ?? throw new SakipDataException(path + ".respondents", null, "answer counts need the respondent count");
            return IkmInput.FromCounts(Guard(path, () => new IkmCounts(definition, perElement, respondents)), weighting);
        }
        if (dto.Distributions is { } distributions)
        {
            var list = new List<AnswerDistribution>(distributions.Count);
            for (int i = 0; i < distributions.Count; i++)
            {
                var d = NotNull(distributions[i], $"{path}.distributions[{i}]");
                if (d.Count != 4)
                {
                    throw new SakipDataException($"{path}.distributions[{i}]", null, "expected four percentages: answers 1, 2, 3 and 4");
                }
                string p = $"{path}.distributions[{i}]";
                list.Add(Guard(p, () => new AnswerDistribution(Number(d[0], p + "[0]"), Number(d[1], p + "[1]"), Number(d[2], p + "[2]"), Number(d[3], p + "[3]"))));
            }
            return IkmInput.FromDistributions(definition, list, dto.Respondents ?? 0, weighting);
        }
        var nrr = new List<decimal>(dto.Nrr!.Count);
        for (int i = 0; i < dto.Nrr.Count; i++)
        {
            nrr.Add(Number(dto.Nrr[i], $"{path}.nrr[{i}]"));
        }
        return IkmInput.FromNrr(definition, nrr, weighting);
    }

    private static PrintedFigure ReadPrinted(PrintedDocument dto, string path)
    {
        var kind = Figures.Read(dto.Figure, path + ".figure");
        FiscalYear? year = dto.Year is int y ? Year(y, path + ".year") : null;
        var location = Location(dto.Table, dto.Row, dto.Paragraph, dto.Line, path);
        if (dto.Text is null)
        {
            throw new SakipDataException(path + ".text", null, "the printed text is missing");
        }
        return new PrintedFigure(new FigureId(kind, dto.Subject ?? string.Empty, year), location, dto.Text);
    }

    private static PrintedAggregate ReadAggregate(AggregateDocument dto, string path)
    {
        var operation = Operations.Read(dto.Operation, path + ".operation");
        string label = NotBlank(dto.Label, path + ".label");
        var location = Location(dto.Table, dto.Row, dto.Paragraph, dto.Line, path);
        var parts = List(dto.Parts, path + ".parts");
        if (parts.Count == 0)
        {
            throw new SakipDataException(path + ".parts", null, "an aggregate needs at least one part");
        }
        for (int i = 0; i < parts.Count; i++)
        {
            NotNull(parts[i], $"{path}.parts[{i}]");
        }
        string result = dto.Result ?? throw new SakipDataException(path + ".result", null, "the result is missing");
        return new PrintedAggregate(operation, label, location, parts, result, dto.Implied ?? false);
    }

    private static PrintedScale ReadScale(ScaleDocument dto, string path)
    {
        string name = NotBlank(dto.Name, path + ".name");
        var location = Location(dto.Table, dto.Row, dto.Paragraph, dto.Line, path);
        int decimals = dto.ValueDecimals ?? 2;
        if (decimals is < 0 or > 10)
        {
            throw new SakipDataException(path + ".valueDecimals", decimals.ToString(CultureInfo.InvariantCulture), "expected 0 to 10 decimals");
        }
        var list = List(dto.Bands, path + ".bands");
        if (list.Count == 0)
        {
            throw new SakipDataException(path + ".bands", null, "a scale needs at least one band");
        }
        var bands = new List<PrintedScaleBand>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var band = NotNull(list[i], $"{path}.bands[{i}]");
            string bandPath = $"{path}.bands[{i}]";
            bands.Add(new PrintedScaleBand(NotBlank(band.Code, bandPath + ".code"), NotBlank(band.Label, bandPath + ".label"),
                Bound(band.Lower, band.LowerInclusive, bandPath + ".lower"), Bound(band.Upper, band.UpperInclusive, bandPath + ".upper"),
                band.Text ?? throw new SakipDataException(bandPath + ".text", null, "the printed text is missing"), band.Line));
        }
        return new PrintedScale(name, location, bands, decimals);
    }

    private static Scales.BandBound Bound(string? value, bool? inclusive, string path)
    {
        if (value is null)
        {
            return inclusive is null
                ? Scales.BandBound.Unbounded
                : throw new SakipDataException(path + "Inclusive", null, "an open end has no inclusiveness: give the bound or leave both out");
        }
        decimal bound = Number(value, path);
        return inclusive switch
        {
            true => Scales.BandBound.Inclusive(bound),
            false => Scales.BandBound.Exclusive(bound),
            null => throw new SakipDataException(path + "Inclusive", null, "say whether the bound belongs to the band (true) or not (false)"),
        };
    }

    private static PrintedLocation Location(string? table, string? row, string? paragraph, int? line, string path)
    {
        if (table is null == (paragraph is null))
        {
            throw new SakipDataException(path, null, "give either \"table\" (with an optional \"row\") or \"paragraph\"");
        }
        if (line is int l && l < 1)
        {
            throw new SakipDataException(path + ".line", l.ToString(CultureInfo.InvariantCulture), "a line number starts at 1");
        }
        return table is not null
            ? PrintedLocation.InTable(NotBlank(table, path + ".table"), row, line)
            : PrintedLocation.InText(NotBlank(paragraph, path + ".paragraph"), line);
    }

    private static Target? ReadTarget(string? text, TargetKind kind, string path)
    {
        if (text is null)
        {
            return null;
        }
        var result = TargetPattern.Default.Parse(text, kind);
        return result.Success ? result.Value : throw new SakipDataException(path, text, result.Exception.Message);
    }

    private static IndicatorValue ReadValue(string text, string path)
    {
        var result = Values.Parse(text);
        return result.Success ? result.Value : throw new SakipDataException(path, text, result.Exception.Message);
    }

    private static decimal Number(string? text, string path)
    {
        if (text is null)
        {
            throw new SakipDataException(path, null, "the number is missing");
        }
        var result = Amounts.Parse(text);
        return result.Success ? result.Value : throw new SakipDataException(path, text, result.Exception.Message);
    }

    private static decimal? NumberOrNull(string? text, string path) => text is null ? null : Number(text, path);

    private static FiscalYear Year(int year, string path) =>
        year is >= FiscalYear.MinYear and <= FiscalYear.MaxYear
            ? new FiscalYear(year)
            : throw new SakipDataException(path, year.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"a year must lie between {FiscalYear.MinYear} and {FiscalYear.MaxYear}"));

    // The model's own checks (codes unique, years inside the period, a line's code well formed)
    // name the field within the object; the path says which object.
    private static T Guard<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (SakipDataException e)
        {
            throw new SakipDataException(e.FieldPath is null ? path : $"{path}: {e.FieldPath}", e.Value, StripPath(e), e);
        }
        catch (ArgumentException e)
        {
            throw new SakipDataException(path, null, e.Message.ReplaceLineEndings(" "), e);
        }
    }

    private static string StripPath(SakipDataException e)
    {
        string message = e.Message;
        string prefix = e.FieldPath + ": ";
        if (e.FieldPath is not null && message.StartsWith(prefix, StringComparison.Ordinal))
        {
            message = message[prefix.Length..];
        }
        int value = e.Value is null ? -1 : message.LastIndexOf($" (value: '{e.Value}')", StringComparison.Ordinal);
        return value >= 0 ? message[..value] : message;
    }

    private static string NotBlank(string? text, string path) =>
        string.IsNullOrWhiteSpace(text) ? throw new SakipDataException(path, text, "the field must not be blank") : text.Trim();

    private static T NotNull<T>(T? item, string path)
        where T : class =>
        item ?? throw new SakipDataException(path, null, "the entry must not be null");

    private static IReadOnlyList<T> List<T>(IReadOnlyList<T>? list, string path) =>
        list ?? throw new SakipDataException(path, null, "the list is missing");
}
