namespace CertStatus.Testing;

/// <summary>The folder holding CertStatus.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CertStatus.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CertStatus.sln above {AppContext.BaseDirectory}.");
    }
}
