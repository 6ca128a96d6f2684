import SitegenCLI

await SitegenCommand.execute()
