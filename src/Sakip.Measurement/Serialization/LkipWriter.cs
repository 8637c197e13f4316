using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Model;
using Sakip.Measurement.Text;
using static Sakip.Measurement.Serialization.FormatVocabulary;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// Turns the model into a report file (<see cref="LkipDocument"/>) that <see cref="LkipReader"/>
/// reads back to an equal model: values are written with the patterns that read them
/// (<see cref="TargetPattern.Format"/>, <see cref="IndicatorValuePattern.Format"/>,
/// <see cref="NumberPattern.FormatExact"/>), every printed figure goes to the <c>printed</c> list.
/// </summary>
internal static class LkipWriter
{
    private static readonly NumberPattern Amounts = NumberPattern.Number;

    internal static LkipDocument Write(Lkip report)
    {
        var policies = report.Policies;
        var policy = new PolicyDocument
        {
            Capping = Name(Capping, policies.Capaian.Capping, "Policies.Capaian.Capping"),
            NegativeFormula = Name(NegativeFormulas, policies.Capaian.NegativeFormula, "Policies.Capaian.NegativeFormula"),
            ZeroTarget = Name(ZeroTarget, policies.Capaian.ZeroTarget, "Policies.Capaian.ZeroTarget"),
            OrdinalMethod = Name(OrdinalMethod, policies.Capaian.OrdinalMethod, "Policies.Capaian.OrdinalMethod"),
            GradeOn = Name(GradeOn, policies.GradeOn, "Policies.GradeOn"),
            UnitMean = Name(UnitMean, policies.UnitMean, "Policies.UnitMean"),
            Pagu = Name(Pagu, policies.Pagu, "Policies.Pagu"),
            Efficiency = Name(Efficiency, policies.Efficiency, "Policies.Efficiency"),
        };
        return new LkipDocument
        {
            FormatVersion = LkipJson.CurrentFormatVersion,
            Unit = report.Unit.Name,
            Year = report.Year.Year,
            Policy = policy,
            Scale = Name(Scale, policies.Scale, "Policies.Scale"),
            Renstra = report.Unit.Renstra.Select(WriteRenstra).ToArray(),
            Budget = report.Budget is { } budget ? WriteBudget(budget) : null,
            Benchmarks = report.Benchmarks.IsEmpty ? null : report.Benchmarks.Select(b => new BenchmarkDocument
            {
                Indikator = b.IndikatorCode,
                Value = Amounts.FormatExact(b.Value),
                Source = b.Source,
            }).ToArray(),
            Ikm = report.Ikm is { } ikm ? WriteIkm(ikm) : null,
            Ipp = report.Ipp is { } ipp ? new IppDocument { F02 = Amount(ipp.F02), F03 = Amount(ipp.F03), Value = Amount(ipp.Value) } : null,
            Printed = report.Printed.IsEmpty ? null : report.Printed.Select(WritePrinted).ToArray(),
            Aggregates = report.Aggregates.IsEmpty ? null : report.Aggregates.Select(a => new AggregateDocument
            {
                Operation = Name(Operations, a.Operation, "Aggregate.Operation"),
                Label = a.Label,
                Table = a.Location.Table,
                Row = a.Location.Row,
                Paragraph = a.Location.Paragraph,
                Line = a.Location.Line,
                Parts = a.Parts.ToArray(),
                Result = a.Result,
                Implied = a.IsImplied ? true : null,
            }).ToArray(),
            Scales = report.Scales.IsEmpty ? null : report.Scales.Select(WriteScale).ToArray(),
        };
    }

    private static RenstraDocument WriteRenstra(Renstra renstra) => new()
    {
        Name = renstra.Name,
        FirstYear = renstra.Period.FirstYear.Year,
        FinalYear = renstra.Period.FinalYear.Year,
        Tujuan = renstra.Tujuan.Select(t => new TujuanDocument
        {
            Code = t.Code,
            Name = t.Name,
            Indikator = t.Indikator.IsEmpty ? null : t.Indikator.Select(WriteIndikator).ToArray(),
            Sasaran = t.Sasaran.IsEmpty ? null : t.Sasaran.Select(s => new SasaranDocument
            {
                Code = s.Code,
                Name = s.Name,
                Indikator = s.Indikator.Select(WriteIndikator).ToArray(),
            }).ToArray(),
        }).ToArray(),
    };

    private static IndikatorDocument WriteIndikator(Indikator indikator) => new()
    {
        Code = indikator.Code,
        Name = indikator.Name,
        Satuan = indikator.Satuan,
        Polarity = Name(Polarities, indikator.Polarity, "Polarity"),
        TargetKind = Name(TargetKinds, indikator.TargetKind, "TargetKind"),
        Weight = indikator.Weight == 1m ? null : indikator.Weight,
        QuarterlyAggregation = indikator.QuarterlyAggregation == Model.QuarterlyAggregation.Last ? null : Name(Quarterly, indikator.QuarterlyAggregation, "QuarterlyAggregation"),
        Years = indikator.Years.Select(y => new IndicatorYearDocument
        {
            Year = y.Year.Year,
            RenstraTarget = Target(y.RenstraTarget),
            PkTarget = Target(y.PkTarget),
            PkPerubahanTarget = Target(y.PkPerubahanTarget),
            Realisasi = y.Realisasi is { } r ? IndicatorValuePattern.Default.Format(r) : null,
            QuarterlyTargets = Quarters(y.QuarterlyTargets),
            QuarterlyRealisasi = Quarters(y.QuarterlyRealisasi),
        }).ToArray(),
    };

    private static BudgetDocument WriteBudget(BudgetTree budget) => new()
    {
        Lines = budget.TopLines.Select(WriteLine).ToArray(),
        Links = budget.Links.IsEmpty ? null : budget.Links.Select(l => new BudgetLinkDocument { Sasaran = l.SasaranCode, Line = l.BudgetKey }).ToArray(),
    };

    private static BudgetLineDocument WriteLine(BudgetItem item) => new()
    {
        Key = item.Key,
        Level = Name(Levels, item.Level, "BudgetItem.Level"),
        Code = item.Code,
        Name = item.Name,
        PaguMurni = Amount(item.Amounts.PaguMurni),
        PaguPerubahan = Amount(item.Amounts.PaguPerubahan),
        Realisasi = Amount(item.Amounts.Realisasi),
        Outputs = item.Outputs.IsEmpty ? null : item.Outputs.Select(WriteIndikator).ToArray(),
        Children = item.Children.IsEmpty ? null : item.Children.Select(WriteLine).ToArray(),
    };

    private static IkmDocument WriteIkm(IkmInput ikm)
    {
        string definition = Name(IkmDefinitions, ikm.Definition, "Ikm.Definition");
        string weighting = Name(IkmWeightings, ikm.Weighting, "Ikm.Weighting");
        if (ikm.Counts is { } counts)
        {
            if (counts.RespondentScores is not null)
            {
                throw new UnwritableReportException("The report file does not hold respondent score statistics; write the IKM counts without them.");
            }
            return new IkmDocument
            {
                Definition = definition,
                Weighting = weighting,
                Respondents = counts.Respondents,
                Counts = counts.PerElement.Select(c => (IReadOnlyList<long>)[c.Ones, c.Twos, c.Threes, c.Fours]).ToArray(),
            };
        }
        if (!ikm.Distributions.IsEmpty)
        {
            return new IkmDocument
            {
                Definition = definition,
                Weighting = weighting,
                Respondents = ikm.Respondents,
                Distributions = ikm.Distributions.Select(d => (IReadOnlyList<string>)[Amounts.FormatExact(d.Ones), Amounts.FormatExact(d.Twos), Amounts.FormatExact(d.Threes), Amounts.FormatExact(d.Fours)]).ToArray(),
            };
        }
        return new IkmDocument { Definition = definition, Weighting = weighting, Nrr = ikm.Nrr.Select(Amounts.FormatExact).ToArray() };
    }

    private static PrintedDocument WritePrinted(PrintedFigure printed) => new()
    {
        Figure = Name(Figures, printed.Figure.Kind, "Printed.Figure.Kind"),
        Subject = printed.Figure.Subject.Length == 0 ? null : printed.Figure.Subject,
        Year = printed.Figure.Year?.Year,
        Table = printed.Location.Table,
        Row = printed.Location.Row,
        Paragraph = printed.Location.Paragraph,
        Line = printed.Location.Line,
        Text = printed.Text,
    };

    private static ScaleDocument WriteScale(PrintedScale scale) => new()
    {
        Name = scale.Name,
        Table = scale.Location.Table,
        Row = scale.Location.Row,
        Paragraph = scale.Location.Paragraph,
        Line = scale.Location.Line,
        ValueDecimals = scale.ValueDecimals == 2 ? null : scale.ValueDecimals,
        Bands = scale.Bands.Select(b => new ScaleBandDocument
        {
            Code = b.Code,
            Label = b.Label,
            Lower = b.Lower.IsUnbounded ? null : Amounts.FormatExact(b.Lower.Value),
            LowerInclusive = b.Lower.IsUnbounded ? null : b.Lower.IsInclusive,
            Upper = b.Upper.IsUnbounded ? null : Amounts.FormatExact(b.Upper.Value),
            UpperInclusive = b.Upper.IsUnbounded ? null : b.Upper.IsInclusive,
            Text = b.Text,
            Line = b.Line,
        }).ToArray(),
    };

    private static string? Target(Target? target) => target is { } t ? TargetPattern.Default.Format(t) : null;

    private static string? Amount(decimal? amount) => amount is { } a ? Amounts.FormatExact(a) : null;

    private static IReadOnlyList<string?>? Quarters(QuarterlyValues quarters) =>
        quarters.ReportedCount == 0 ? null : [Amount(quarters.Q1), Amount(quarters.Q2), Amount(quarters.Q3), Amount(quarters.Q4)];

    private static string Name<T>(FormatNames<T> names, T value, string what)
        where T : notnull =>
        names.NameOf(value) ?? throw new UnwritableReportException($"The report file has no name for the {what} '{value}': only the policies, scales and questionnaires the format lists can be written.");
}

/// <summary>A report holds something the format cannot write; <see cref="LkipJson"/> turns it into an <see cref="ArgumentException"/> on its parameter.</summary>
internal sealed class UnwritableReportException : Exception
{
    public UnwritableReportException()
    {
    }

    public UnwritableReportException(string message)
        : base(message)
    {
    }

    public UnwritableReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
