using System;
using System.IO;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>
/// A directory of its own under the system temp path for one test's data files, deleted with
/// everything in it on <see cref="Dispose"/>, so test runs leave nothing behind.
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sakip-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>Gets the full path of the directory.</summary>
    public string Path { get; }

    /// <summary>Writes a file into the directory.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="text">The content.</param>
    /// <returns>The full path of the file.</returns>
    public string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a virus scanner or an open handle must not fail the test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
