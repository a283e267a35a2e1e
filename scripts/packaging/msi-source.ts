import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** What the MSI is made of: the packaged app folder and the names, version and codes it installs under. */
export interface MsiProduct {
  /** win-unpacked: the folder electron-builder's Windows `dir` target writes. */
  readonly appDir: string;
  readonly productName: string;
  readonly version: string;
  readonly manufacturer: string;
  /** The .ico Windows shows for the program in its Start menu entry and in Installed apps. */
  readonly productIcon?: string;
  /** Fixed for good (`msi.upgradeCode` in electron-builder.yml): a newer MSI replaces the installed one. */
  readonly upgradeCode: string;
  /** The file association of electron-builder.yml; `iconFile`, the .ico its documents show, installed into resources\. */
  readonly association: { readonly ext: string; readonly name: string; readonly description: string; readonly mimeType: string; readonly iconFile?: string };
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * A component's GUID, derived from the upgrade code and the file's path: the same file keeps its component
 * from one version to the next, as Windows Installer's component rules ask.
 */
export function componentGuid(upgradeCode: string, key: string): string {
  const hex = createHash('sha256').update(`${upgradeCode.toLowerCase()}\n${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

/** An MSI identifier (letters, digits, dots and underscores, at most 72) for a path, unique by its hash. */
function idFor(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/** MSI versions are three numbers below 256.256.65536: a pre-release tag has no place there. */
export function msiVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (match === null) throw new Error(`not a semantic version: ${version}`);
  return `${match[1]}.${match[2]}.${match[3]}`;
}

/**
 * The WiX source of a per-machine x64 MSI for wixl (msitools): every file of the packaged folder under
 * Program Files\<product>, a Start menu shortcut, and the file association in HKLM's classes as
 * electron-builder's NSIS installer writes it (ProgId the association's name, its icon in resources\), so
 * either installer's association is the same. Sources are relative to `appDir`, which wixl is run in (it
 * takes no absolute paths).
 */
export function msiSource(product: MsiProduct): string {
  const executable = `${product.productName}.exe`;
  const { association } = product;
  const progId = association.name;
  const iconName = association.iconFile === undefined ? undefined : basename(association.iconFile);
  const components: string[] = [];

  const component = (indent: string, key: string, name: string, source: string, fileId: string, extra: string[] = []): string[] => {
    const componentId = idFor('cmp', key);
    components.push(componentId);
    return [
      `${indent}<Component Id="${componentId}" Guid="${componentGuid(product.upgradeCode, key)}" Win64="yes">`,
      `${indent}  <File Id="${fileId}" Name="${xml(name)}" Source="${xml(source)}" KeyPath="yes"/>`,
      ...extra.map((line) => `${indent}  ${line}`),
      `${indent}</Component>`,
    ];
  };

  const folder = (dir: string, indent: string): string => {
    const lines: string[] = [];
    const here = relative(product.appDir, dir).replaceAll('\\', '/');
    if (here === 'resources' && association.iconFile !== undefined && iconName !== undefined) {
      const source = relative(product.appDir, association.iconFile).replaceAll('\\', '/');
      lines.push(...component(indent, `resources/${iconName}`, iconName, source, 'AssociationIcon'));
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      const key = relative(product.appDir, path).replaceAll('\\', '/');
      if (entry.isDirectory()) {
        lines.push(`${indent}<Directory Id="${idFor('dir', key)}" Name="${xml(entry.name)}">`, folder(path, `${indent}  `), `${indent}</Directory>`);
        continue;
      }
      if (key === `resources/${iconName ?? ''}`) continue;
      if (key !== executable) {
        lines.push(...component(indent, key, entry.name, key, idFor('fil', key)));
        continue;
      }
      const command = `"[#MainExecutable]" "%1"`;
      const classes = 'Software\\Classes';
      const icon = iconName === undefined ? '[#MainExecutable],0' : '[#AssociationIcon]';
      lines.push(
        ...component(indent, key, entry.name, key, 'MainExecutable', [
          `<Shortcut Id="StartMenuShortcut" Directory="ProgramMenuFolder" Name="${xml(product.productName)}" Target="[#MainExecutable]" WorkingDirectory="INSTALLDIR"${product.productIcon === undefined ? '' : ' Icon="ProductIcon.ico"'}/>`,
          `<RegistryValue Root="HKLM" Key="${classes}\\.${xml(association.ext)}" Type="string" Value="${xml(progId)}"/>`,
          `<RegistryValue Root="HKLM" Key="${classes}\\.${xml(association.ext)}" Name="Content Type" Type="string" Value="${xml(association.mimeType)}"/>`,
          `<RegistryValue Root="HKLM" Key="${classes}\\${xml(progId)}" Type="string" Value="${xml(association.description)}"/>`,
          `<RegistryValue Root="HKLM" Key="${classes}\\${xml(progId)}\\DefaultIcon" Type="string" Value="${icon}"/>`,
          `<RegistryValue Root="HKLM" Key="${classes}\\${xml(progId)}\\shell\\open\\command" Type="string" Value="${xml(command)}"/>`,
        ]),
      );
    }
    return lines.join('\n');
  };
  const tree = folder(product.appDir, '          ');
  const productIcon =
    product.productIcon === undefined
      ? ''
      : `    <Icon Id="ProductIcon.ico" SourceFile="${xml(relative(product.appDir, product.productIcon).replaceAll('\\', '/'))}"/>\n    <Property Id="ARPPRODUCTICON" Value="ProductIcon.ico"/>\n`;

  return `<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="${xml(product.productName)}" Language="1033" Version="${msiVersion(product.version)}" Manufacturer="${xml(product.manufacturer)}" UpgradeCode="${product.upgradeCode.toUpperCase()}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" Description="${xml(product.productName)}" Manufacturer="${xml(product.manufacturer)}"/>
    <MajorUpgrade DowngradeErrorMessage="Er is al een nieuwere versie van ${xml(product.productName)} geïnstalleerd."/>
    <Media Id="1" Cabinet="app.cab" EmbedCab="yes"/>
${productIcon}    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="${xml(product.productName)}">
${tree}
        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder"/>
    </Directory>
    <Feature Id="App" Level="1">
${components.map((id) => `      <ComponentRef Id="${id}"/>`).join('\n')}
    </Feature>
  </Product>
</Wix>
`;
}
