using BenchmarkDotNet.Running;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Entry point. Run with e.g.
/// <c>dotnet run -c Release --project benchmarks/Sakip.Measurement.Benchmarks -- --filter '*' --job short</c>.
/// </summary>
/// <remarks>
/// The library has a domain type <c>Sakip.Measurement.Model.Program</c> (a budget program); this
/// class, <c>Sakip.Measurement.Benchmarks.Program</c>, wins inside its own namespace.
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> (BenchmarkDotNet's command line).</summary>
    /// <param name="args">BenchmarkDotNet arguments such as <c>--filter</c> and <c>--job</c>.</param>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
