using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>
/// The documentation examples change process-wide state (the current directory, so that
/// <c>samples/…</c> paths resolve as they do for a reader at the repository root, and the console,
/// so that what an example prints can be asserted): their tests run in this collection, alone,
/// after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocumentationExamplesGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Documentation examples";
}

/// <summary>
/// One example run as a reader runs it: from the repository root, with the console captured.
/// Disposing it restores the directory and the console.
/// </summary>
internal sealed class ExampleRun : IDisposable
{
    private readonly string previousDirectory = Directory.GetCurrentDirectory();
    private readonly TextWriter previousOut = Console.Out;
    private readonly StringWriter output = new() { NewLine = "\n" };

    public ExampleRun()
    {
        Directory.SetCurrentDirectory(DocumentationSources.Root);
        Console.SetOut(output);
    }

    /// <summary>Gets the lines the example printed.</summary>
    public IReadOnlyList<string> Lines => output.ToString().Split('\n').SkipLast(1).ToArray();

    /// <summary>
    /// Asserts that the example printed exactly the lines its snippet shows after a
    /// <c>// Output:</c> comment at its end, one <c>// line</c> each — so the output a page shows
    /// is the output the code gives.
    /// </summary>
    public void AssertPrintedAsShownIn(string snippet)
    {
        var region = DocumentationSources.Regions().Single(r => r.Name == snippet);
        var lines = DocumentationSources.Normalise(region.Lines);
        int heading = lines.ToList().FindLastIndex(l => l == "// Output:");
        Assert.True(heading >= 0, $"snippet '{snippet}' ({region.Where}) shows no '// Output:'");
        var shown = lines.Skip(heading + 1).ToArray();
        Assert.All(shown, l => Assert.StartsWith("//", l, StringComparison.Ordinal));
        Assert.Equal(string.Join("\n", shown.Select(l => l.Length > 2 ? l[3..] : "")), string.Join("\n", Lines));
    }

    public void Dispose()
    {
        Console.SetOut(previousOut);
        Directory.SetCurrentDirectory(previousDirectory);
        output.Dispose();
    }
}
