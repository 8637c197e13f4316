using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Cli.Rendering;
using Sakip.Measurement.Review;
using Sakip.Measurement.Serialization;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The bundled reports, read and reviewed by the library, and the tool's document of them.</summary>
internal static class Reports
{
    public static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static readonly string[] All = ["ajung-2023", "kencong-2025", "mayang-2023", "patrang-2023"];

    public static (Model.Lkip Report, ReviewResult Review) Load(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Samples, name + ".json"));
        var report = LkipJson.Read(stream);
        return (report, LkipReview.Review(report));
    }

    /// <summary>The template <c>sakip init</c> writes: the one bundled report with IKM answer counts.</summary>
    public static (Model.Lkip Report, ReviewResult Review) Template()
    {
        using var stream = typeof(EntryPoint).Assembly.GetManifestResourceStream("laporan-baru.json")!;
        var report = LkipJson.Read(stream);
        return (report, LkipReview.Review(report));
    }

    public static readonly string LkeSample = Path.Combine(Samples, "lke", "patrang-2023-contoh.json");

    public static Lke.LkeEvaluation Lke()
    {
        using var stream = File.OpenRead(LkeSample);
        return LkeJson.Read(stream);
    }

    public static ReportDocument Document(params string[] names) =>
        ReportBuilder.Build(names.Select(Load).ToArray());

    public static string Render(Action<TextWriter, ReportDocument> renderer, ReportDocument document)
    {
        using var output = new StringWriter();
        renderer(output, document);
        return output.ToString();
    }
}
