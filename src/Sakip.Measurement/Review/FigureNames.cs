using System.Collections.Generic;
using Sakip.Measurement.Model;

namespace Sakip.Measurement.Review;

/// <summary>How findings name a figure, in Indonesian and English: <c>capaian IKU-3</c>, <c>the capaian of IKU-3</c>.</summary>
internal static class FigureNames
{
    private static readonly Dictionary<FigureKind, (string Id, string En)> Names = new()
    {
        [FigureKind.Target] = ("target", "target"),
        [FigureKind.Realisasi] = ("realisasi", "realisasi"),
        [FigureKind.Capaian] = ("capaian", "capaian"),
        [FigureKind.Predikat] = ("predikat", "predikat"),
        [FigureKind.SasaranCapaian] = ("capaian sasaran", "sasaran capaian"),
        [FigureKind.SasaranPredikat] = ("predikat sasaran", "sasaran predikat"),
        [FigureKind.UnitCapaian] = ("rata-rata capaian", "average capaian"),
        [FigureKind.UnitPredikat] = ("predikat rata-rata capaian", "predikat of the average capaian"),
        [FigureKind.RenstraComparison] = ("capaian terhadap target akhir Renstra", "capaian against the Renstra final target"),
        [FigureKind.BenchmarkComparison] = ("perbandingan dengan pembanding", "comparison with the benchmark"),
        [FigureKind.PaguMurni] = ("pagu APBD", "APBD pagu"),
        [FigureKind.PaguPerubahan] = ("pagu P-APBD", "P-APBD pagu"),
        [FigureKind.RealisasiAnggaran] = ("realisasi anggaran", "budget realisasi"),
        [FigureKind.Serapan] = ("serapan anggaran", "serapan"),
        [FigureKind.Sisa] = ("sisa anggaran", "unspent budget"),
        [FigureKind.Share] = ("porsi anggaran", "budget share"),
        [FigureKind.Efficiency] = ("efisiensi", "efficiency verdict"),
        [FigureKind.Ikm] = ("IKM", "IKM"),
        [FigureKind.IkmUnsur] = ("nilai unsur IKM", "IKM element value"),
        [FigureKind.IkmMutu] = ("mutu pelayanan", "service quality (mutu)"),
        [FigureKind.Ipp] = ("IPP", "IPP"),
        [FigureKind.IndicatorCount] = ("jumlah indikator", "number of indicators"),
        [FigureKind.SasaranCount] = ("jumlah sasaran", "number of sasaran"),
        [FigureKind.TujuanCount] = ("jumlah tujuan", "number of tujuan"),
        [FigureKind.BudgetLineCount] = ("jumlah", "number of budget lines at level"),
        [FigureKind.Belanja] = ("belanja", "spending of type"),
    };

    internal static string Indonesian(FigureId figure) => Compose(Names[figure.Kind].Id, figure, "tahun");

    internal static string English(FigureId figure) => Compose(Names[figure.Kind].En, figure, "year");

    private static string Compose(string name, FigureId figure, string yearWord)
    {
        string text = figure.Subject.Length == 0 ? name : $"{name} {figure.Subject}";
        return figure.Year is { } year ? $"{text} ({yearWord} {year})" : text;
    }
}
