using System;
using System.Collections.Generic;
using System.Globalization;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli;

/// <summary>What a data file says once it is read into the library's model.</summary>
/// <param name="Unit">The unit and its Renstra.</param>
/// <param name="Year">The year the file asks to measure, if it names one.</param>
/// <param name="Policy">The capaian policy.</param>
/// <param name="Scale">The predikat scale.</param>
internal sealed record MeasurementInput(PerangkatDaerah Unit, FiscalYear? Year, CapaianPolicy Policy, PredikatScale Scale, IReadOnlyList<PrintedFigure> Printed);

/// <summary>
/// Maps the JSON data file (<see cref="DataFile"/>) into the library model. Values are read with
/// <see cref="IndicatorValuePattern.Default"/>; every failure names the field path, e.g.
/// <c>renstra[0].tujuan[T2].sasaran[S3].indikator[IKU-3].years[2023].realisasi</c>.
/// </summary>
internal static class ModelMapper
{
    private static readonly IndicatorValuePattern Values = IndicatorValuePattern.Default;

    /// <summary>Maps a whole data file.</summary>
    /// <param name="file">The file as deserialized.</param>
    /// <returns>The model.</returns>
    /// <exception cref="SakipDataException">A field is missing, blank or invalid, or the library rejects the data.</exception>
    /// <exception cref="UnparsableValueException">A target or realisasi cannot be read; the message names the field and the text.</exception>
    public static MeasurementInput Map(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string unit = NotBlank(file.Unit, "unit");
        FiscalYear? year = file.Year is int y ? Year(y, "year") : null;
        var policy = MapPolicy(file.Policy, "policy");
        var scale = MapScale(file.Scale, "scale");

        var renstra = new List<Renstra>();
        var printed = new List<PrintedFigure>();
        var list = List(file.Renstra, "renstra");
        for (int i = 0; i < list.Count; i++)
        {
            renstra.Add(MapRenstra(NotNull(list[i], $"renstra[{i}]"), $"renstra[{i}]", printed));
        }
        return new MeasurementInput(new PerangkatDaerah(unit, renstra), year, policy, scale, printed);
    }

    private static CapaianPolicy MapPolicy(PolicyDto dto, string path)
    {
        NotNull(dto, path);
        var capping = Choose(dto.Capping, path + ".capping",
            ("Cap100Floor0", CappingPolicy.Cap100Floor0),
            ("None", CappingPolicy.None));
        var policy = new CapaianPolicy { Capping = capping };
        if (dto.NegativeFormula is not null)
        {
            policy = policy with
            {
                NegativeFormula = Choose(dto.NegativeFormula, path + ".negativeFormula",
                    ("Regulation", NegativeFormula.Regulation),
                    ("Inverse", NegativeFormula.Inverse)),
            };
        }
        if (dto.ZeroTarget is not null)
        {
            policy = policy with
            {
                ZeroTarget = Choose(dto.ZeroTarget, path + ".zeroTarget",
                    ("NegativeZeroIsFullAchievement", ZeroTargetPolicy.NegativeZeroIsFullAchievement),
                    ("ZeroOfZeroIsFullAchievement", ZeroTargetPolicy.ZeroOfZeroIsFullAchievement),
                    ("NoCapaian", ZeroTargetPolicy.NoCapaian)),
            };
        }
        if (dto.OrdinalMethod is not null)
        {
            policy = policy with
            {
                OrdinalMethod = Choose(dto.OrdinalMethod, path + ".ordinalMethod",
                    ("MetOrNotMet", OrdinalCapaianMethod.MetOrNotMet),
                    ("RankRatio", OrdinalCapaianMethod.RankRatio)),
            };
        }
        return policy;
    }

    private static PredikatScale MapScale(string name, string path) => Choose(name, path,
        ("PermenPanRb88Tahun2021", PredikatScale.PermenPanRb88Tahun2021),
        ("PermenPanRb88Tahun2021LowerInclusive", PredikatScale.PermenPanRb88Tahun2021LowerInclusive),
        ("Permendagri86Tahun2017", PredikatScale.Permendagri86Tahun2017),
        ("Permendagri86Tahun2017From90", PredikatScale.Permendagri86Tahun2017From90));

    private static Renstra MapRenstra(RenstraDto dto, string path, List<PrintedFigure> printed)
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
            tujuan.Add(MapTujuan(NotNull(list[i], $"{path}.tujuan[{i}]"), $"{path}.tujuan", i, printed));
        }
        return new Renstra(name, new RenstraPeriod(first, final), tujuan);
    }

    private static Tujuan MapTujuan(TujuanDto dto, string listPath, int index, List<PrintedFigure> printed)
    {
        string code = NotBlank(dto.Code, $"{listPath}[{index}].code");
        string path = $"{listPath}[{code}]";
        string name = NotBlank(dto.Name, path + ".name");
        var indikator = MapIndikatorList(dto.Indikator ?? [], path + ".indikator", printed);
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
                MapIndikatorList(List(s.Indikator, sasaranPath + ".indikator"), sasaranPath + ".indikator", printed)));
        }
        return new Tujuan(code, name, indikator, sasaran);
    }

    private static List<Indikator> MapIndikatorList(IReadOnlyList<IndikatorDto> list, string listPath, List<PrintedFigure> printed)
    {
        var result = new List<Indikator>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var dto = NotNull(list[i], $"{listPath}[{i}]");
            string code = NotBlank(dto.Code, $"{listPath}[{i}].code");
            result.Add(MapIndikator(dto, code, $"{listPath}[{code}]", printed));
        }
        return result;
    }

    private static Indikator MapIndikator(IndikatorDto dto, string code, string path, List<PrintedFigure> printed)
    {
        string name = NotBlank(dto.Name, path + ".name");
        string satuan = NotBlank(dto.Satuan, path + ".satuan");
        var polarity = Choose(dto.Polarity, path + ".polarity",
            ("positive", Polarity.Positive),
            ("negative", Polarity.Negative));
        var kind = Choose(dto.TargetKind, path + ".targetKind",
            ("single", TargetKind.SingleValue),
            ("ordinal", TargetKind.Ordinal),
            ("range", TargetKind.Range));
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
            // The data file's printed cells become occurrences of the indicator-year's figures.
            var where = PrintedLocation.InTable(string.IsNullOrWhiteSpace(y.PrintedSource) ? "tabel pengukuran kinerja" : y.PrintedSource);
            if (y.PrintedCapaian is not null)
            {
                printed.Add(new PrintedFigure(new FigureId(FigureKind.Capaian, code, year), where, y.PrintedCapaian));
            }
            if (y.PrintedPredikat is not null)
            {
                printed.Add(new PrintedFigure(new FigureId(FigureKind.Predikat, code, year), where, y.PrintedPredikat));
            }
            years.Add(new IndicatorYear(
                year,
                renstraTarget: MapTarget(y.RenstraTarget, kind, yearPath + ".renstraTarget"),
                pkTarget: MapTarget(y.PkTarget, kind, yearPath + ".pkTarget"),
                pkPerubahanTarget: MapTarget(y.PkPerubahanTarget, kind, yearPath + ".pkPerubahanTarget"),
                realisasi: y.Realisasi is null ? null : ParseValue(y.Realisasi, yearPath + ".realisasi")));
        }
        return new Indikator(code, name, satuan, polarity, kind, years, weight: weight);
    }

    private static Target? MapTarget(string? text, TargetKind kind, string path)
    {
        if (text is null)
        {
            return null;
        }
        var result = TargetPattern.Default.Parse(text, kind);
        return result.Success
            ? result.Value
            : throw new UnparsableValueException(result.Text, $"{path}: {result.Exception.Message}");
    }

    private static IndicatorValue ParseValue(string text, string path)
    {
        var result = Values.Parse(text);
        return result.Success
            ? result.Value
            : throw new UnparsableValueException(result.Text, $"{path}: {result.Exception.Message}");
    }

    private static FiscalYear Year(int year, string path) =>
        year is >= FiscalYear.MinYear and <= FiscalYear.MaxYear
            ? new FiscalYear(year)
            : throw new SakipDataException(path, year.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"a year must lie between {FiscalYear.MinYear} and {FiscalYear.MaxYear}"));

    private static T Choose<T>(string? text, string path, params ReadOnlySpan<(string Name, T Value)> options)
    {
        var names = new List<string>(options.Length);
        foreach (var (name, value) in options)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
            names.Add($"\"{name}\"");
        }
        throw new SakipDataException(path, text, "expected one of " + string.Join(", ", names));
    }

    private static string NotBlank(string? text, string path) =>
        string.IsNullOrWhiteSpace(text) ? throw new SakipDataException(path, text, "the field must not be blank") : text.Trim();

    private static T NotNull<T>(T? item, string path)
        where T : class =>
        item ?? throw new SakipDataException(path, null, "the entry must not be null");

    private static IReadOnlyList<T> List<T>(IReadOnlyList<T>? list, string path) =>
        list ?? throw new SakipDataException(path, null, "the list is missing");
}
