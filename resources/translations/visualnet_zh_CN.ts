<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="152"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="153"/>
        <source>Show train and dev accuracy on the right-hand axis (0 to 1)</source>
        <translation>在右侧坐标轴（0 到 1）上显示训练集和开发集的准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="154"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="155"/>
        <source>A logarithmic cost axis: slow progress late in training stays visible</source>
        <translation>代价轴改用对数刻度：训练后期的缓慢下降也看得清</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="156"/>
        <source>Clear runs</source>
        <translation>清除历史运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="157"/>
        <source>Forget the faded curves of earlier runs</source>
        <translation>清除之前各次运行留下的淡色曲线</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="158"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="159"/>
        <source>Save the plot as a PNG image or the costs as a CSV table</source>
        <translation>把图保存为 PNG 图片，或把代价保存为 CSV 表格</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="162"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="163"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="164"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="316"/>
        <source>train J</source>
        <translation>训练集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="317"/>
        <source>dev J</source>
        <translation>开发集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="319"/>
        <source>train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="320"/>
        <source>dev accuracy</source>
        <translation>开发集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="425"/>
        <source>Train the network to see its cost J fall.</source>
        <translation>训练网络，看代价 J 如何下降。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="427"/>
        <source>iteration {i}</source>
        <translation>第 {i} 次迭代</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="429"/>
        <source>train J = {value}</source>
        <translation>训练集 J = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="430"/>
        <source>dev J = {value}</source>
        <translation>开发集 J = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="432"/>
        <source>train accuracy = {value}</source>
        <translation>训练集准确率 = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="433"/>
        <source>dev accuracy = {value}</source>
        <translation>开发集准确率 = {value}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="451"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="451"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="451"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="452"/>
        <source>Export the cost plot</source>
        <translation>导出代价曲线图</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/cost_plot.py" line="461"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="144"/>
        <source>Scale the features</source>
        <translation>缩放特征</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="169"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="170"/>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="172"/>
        <source>The column that holds what to predict (y); the others are the features x. Choose another to read the table again with it as the label.</source>
        <translation>存放要预测的量（y）的那一列；其余各列是特征 x。选另一列，就以它为标签重新读取这张表。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="174"/>
        <source>classes</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="175"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="176"/>
        <source>Whether the labels are classes to tell apart (softmax or sigmoid output, cross-entropy) or quantities to predict (linear output, squared error)</source>
        <translation>标签是要区分的类别（softmax 或 sigmoid 输出，交叉熵），还是要预测的数量（线性输出，平方误差）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="178"/>
        <source>Feature scaling</source>
        <translation>特征缩放</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="180"/>
        <source>How each feature of X is brought to a similar range before training, measured on the training examples and applied unchanged to the dev set. Gradient descent needs it when features differ in scale by orders of magnitude.</source>
        <translation>训练前把 X 的每个特征缩放到相近的范围：在训练样本上测量，再原样用于开发集。各特征的尺度相差几个数量级时，梯度下降需要它。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="183"/>
        <source>Standardize: (x − mean) / deviation</source>
        <translation>标准化：(x − 均值) / 标准差</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="184"/>
        <source>Min–max: into 0 … 1</source>
        <translation>最小–最大：缩放到 0 … 1</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="184"/>
        <source>÷ 255 (8-bit pixels)</source>
        <translation>÷ 255（8 位像素）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="185"/>
        <source>None: as read</source>
        <translation>不缩放：按读入的原样</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="193"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="195"/>
        <source>Open your own dataset: CSV, NumPy .npz, MNIST IDX, the course&apos;s .h5 (the arrow: a folder of images)</source>
        <translation>打开你自己的数据集：CSV、NumPy .npz、MNIST IDX、课程的 .h5（点箭头：打开图片文件夹）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="196"/>
        <source>Open folder of images…</source>
        <translation>打开图片文件夹…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="197"/>
        <source>A folder with one sub-folder of images per class</source>
        <translation>每个类别一个子文件夹、其中放图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="210"/>
        <source>The course&apos;s planar flower: two classes of petals no straight line separates.</source>
        <translation>课程中的平面花朵：两类花瓣，任何一条直线都分不开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="211"/>
        <source>Two interleaved half circles.</source>
        <translation>两个相互交错的半圆。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="212"/>
        <source>A ring around a disc: the classes differ by distance from the centre.</source>
        <translation>圆环包围着圆盘：两类的区别在于到中心的距离。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="213"/>
        <source>Exclusive or: four clusters, class 1 where x₁ and x₂ have opposite signs.</source>
        <translation>异或：四个簇，x₁ 与 x₂ 符号相反处为类别 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="214"/>
        <source>Spiral arms, one class each: hard for shallow networks.</source>
        <translation>螺旋臂，每条一类：浅层网络很难学会。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="215"/>
        <source>Gaussian blobs, one class each: straight lines can separate them.</source>
        <translation>高斯团，每团一类：直线就能把它们分开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="216"/>
        <source>All n-bit patterns; class 1 when the number of 1 bits is odd.</source>
        <translation>全部 n 位比特模式；1 的个数为奇数时为类别 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="217"/>
        <source>1,797 handwritten digits of 8×8 pixels, ten classes.</source>
        <translation>1,797 个 8×8 像素的手写数字，共十类。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="218"/>
        <source>The handwritten images of two digits (0 and 1), two classes.</source>
        <translation>两个数字（0 和 1）的手写图像，两类。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="250"/>
        <source>Read from {file}.</source>
        <translation>读取自 {file}。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="264"/>
        <source>The dev set is the test file beside it, {file} ({m} examples).</source>
        <translation>开发集是旁边的测试文件 {file}（{m} 个样本）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="267"/>
        <source>The label is the column “{name}”.</source>
        <translation>标签是“{name}”这一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="269"/>
        <source>Its text was read as {encoding}; if names look wrong, save it as “CSV UTF-8”.</source>
        <translation>文本按 {encoding} 编码读取；如果名称显示不对，请把文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="272"/>
        <source>Its first column, without a name, only numbers the rows, as pandas&apos; to_csv writes it: it was left out.</source>
        <translation>第一列没有名称，只是行号（pandas 的 to_csv 会写出这样一列），已略去。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="274"/>
        <source>Its first column (“{name}”) only numbers the rows, as pandas&apos; to_csv writes it: it was left out.</source>
        <translation>第一列（“{name}”）只是行号（pandas 的 to_csv 会写出这样一列），已略去。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="316"/>
        <source>n_x = {n_x} = {shape} pixels × {c} channels</source>
        <translation>n_x = {n_x} = {shape} 像素 × {c} 个通道</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="318"/>
        <source>n_x = {n_x} = {shape} pixels</source>
        <translation>n_x = {n_x} = {shape} 像素</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="322"/>
        <source>regression: Y holds {k} real number(s) per example</source>
        <translation>回归：每个样本的 Y 有 {k} 个实数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="331"/>
        <source>{C} classes: {names}</source>
        <translation>{C} 个类别：{names}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="348"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="349"/>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="350"/>
        <source>NumPy arrays X and Y</source>
        <translation>NumPy 数组 X 和 Y</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="351"/>
        <source>MNIST IDX</source>
        <translation>MNIST IDX</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="352"/>
        <source>The course&apos;s HDF5</source>
        <translation>课程的 HDF5</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="353"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="358"/>
        <source>Open a dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="365"/>
        <source>Open a folder of images, one sub-folder per class</source>
        <translation>打开图片文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="388"/>
        <source>an MNIST IDX file needs its partner: the images and the labels of the same examples are two files.</source>
        <translation>MNIST IDX 文件需要与之配对的文件：同一批样本的图像和标签是两个文件。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="402"/>
        <source>Choose the file that pairs with {file} (its labels, or its images)</source>
        <translation>选择与 {file} 配对的文件（它的标签或图像）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="429"/>
        <source>Reading {file}… {s} s</source>
        <translation>正在读取 {file}… {s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="442"/>
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="448"/>
        <source>there is not enough memory to read it ({detail})</source>
        <translation>内存不足，无法读取（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="450"/>
        <source>the process reading it ended unexpectedly ({how})</source>
        <translation>读取它的进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="455"/>
        <source>The labels of {file} do not fit: {reason}</source>
        <translation>{file} 的标签不适用：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="456"/>
        <source>Could not open {file}: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_panel.py" line="340"/>
        <source>Choose dataset</source>
        <translation>选择数据集</translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="308"/>
        <source>Dots: training examples; rings: dev examples; colour: class.</source>
        <translation>实心点：训练样本；圆圈：开发集样本；颜色：类别。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="311"/>
        <source>The first {shown} of each set are drawn.</source>
        <translation>每个集合只画出前 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="313"/>
        <source>The first training examples of each class, one column of X per picture.</source>
        <translation>每个类别的前几个训练样本，每张图是 X 的一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="314"/>
        <source>The first training examples, one column of X per picture.</source>
        <translation>前几个训练样本，每张图是 X 的一列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="316"/>
        <source>X of the first {k} training examples, one column each; the strip below is their label y.</source>
        <translation>前 {k} 个训练样本的 X，每个样本一列；下方的色条是它们的标签 y。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/dataset_preview.py" line="318"/>
        <source>example</source>
        <translation>样本</translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="155"/>
        <source>The decision boundary needs 2-D data (this dataset has n_x = {n_x})</source>
        <translation>决策边界需要二维数据（此数据集的 n_x = {n_x}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="162"/>
        <source>Colour: the class the network predicts at each point x = (x₁, x₂), its largest softmax output. Dots: the {m} training examples, coloured by their class.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处预测的类别，即 softmax 输出最大的那一类。圆点：{m} 个训练样本，按其类别着色。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="165"/>
        <source>Colour: the network&apos;s output ŷ at each point x = (x₁, x₂). Dots: the {m} training examples.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处的输出 ŷ。圆点：{m} 个训练样本。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/decision_boundary.py" line="168"/>
        <source>Colour: the network&apos;s output ŷ = P(y = 1 | x) at each point x = (x₁, x₂); the decision boundary ŷ = 0.5 is where blue turns red. Dots: the {m} training examples, blue for class 0, red for class 1.</source>
        <translation>颜色：网络在每个点 x = (x₁, x₂) 处的输出 ŷ = P(y = 1 | x)；蓝色转为红色之处即决策边界 ŷ = 0.5。圆点：{m} 个训练样本，蓝色为类别 0，红色为类别 1。</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="97"/>
        <source>Before the pass · parameters of iteration {i}</source>
        <translation>传播之前 · 第 {i} 次迭代的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="103"/>
        <source>Step {k} · {phase} · layer {l} · parameters of iteration {i}</source>
        <translation>第 {k} 步 · {phase} · 第 {l} 层 · 第 {i} 次迭代的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="135"/>
        <source>b[{l}] {b} is broadcast to {Z}: the same column is added to every example</source>
        <translation>b[{l}] {b} 广播为 {Z}：同一列加到每个样本上</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="140"/>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="140"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="140"/>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="141"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="147"/>
        <source>Each feature was standardized first, (x − mean) / deviation, with the mean and deviation of the training examples.</source>
        <translation>每个特征都先做了标准化：(x − 均值) / 标准差，均值和标准差取自训练样本。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="149"/>
        <source>Each feature was scaled into 0 … 1 first, with the training examples&apos; smallest and largest values.</source>
        <translation>每个特征都先按训练样本的最小值和最大值缩放到 0 … 1。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="151"/>
        <source>The pixels were divided by 255 first, into 0 … 1.</source>
        <translation>像素值先除以 255，落在 0 … 1 之间。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="152"/>
        <source>The features go in as they were read, unscaled.</source>
        <translation>特征按读入的原样输入，没有缩放。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="153"/>
        <source>The batch goes in: each column is one example ({m} examples of {n_x} features).</source>
        <translation>这一批样本输入网络：每一列是一个样本（{m} 个样本，每个有 {n_x} 个特征）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="155"/>
        <source>Press → or Play to run the forward pass.</source>
        <translation>按 → 或“播放”运行前向传播。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="163"/>
        <source>Layer {l}, linear part: W[{l}] turns the {n_prev} values of each example into {n} values, one per unit; every column is an example, so all {m} are done in one matrix product.</source>
        <translation>第 {l} 层，线性部分：W[{l}] 把每个样本的 {n_prev} 个值变成 {n} 个值，每个单元一个；每一列是一个样本，所以 {m} 个样本用一次矩阵乘法就算完。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="166"/>
        <source>Layer {l}, activation: {g} is applied to every entry of Z[{l}] on its own; the shape does not change.</source>
        <translation>第 {l} 层，激活：{g} 逐个作用于 Z[{l}] 的每个元素；形状不变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="168"/>
        <source>Layer {l} keeps its cache (A[{p}], W[{l}], b[{l}], Z[{l}]): the backward pass will need exactly these values, so they are stored instead of recomputed.</source>
        <translation>第 {l} 层保存它的缓存 (A[{p}], W[{l}], b[{l}], Z[{l}])：反向传播正需要这些值，所以存下来而不是重新计算。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="170"/>
        <source>The cost J averages the loss of the {m} examples: how far ŷ = A[{l}] is from Y.</source>
        <translation>代价 J 是 {m} 个样本损失的平均：ŷ = A[{l}] 离 Y 有多远。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="171"/>
        <source>Backward starts at the output: dA[{l}] is the derivative of the loss with respect to A[{l}].</source>
        <translation>反向传播从输出开始：dA[{l}] 是损失对 A[{l}] 的导数。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="173"/>
        <source>Layer {l} reads its cache back: the derivative of {g} needs Z[{l}] from the forward pass.</source>
        <translation>第 {l} 层读回它的缓存：{g} 的导数需要前向传播得到的 Z[{l}]。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="175"/>
        <source>dW[{l}] has the shape of W[{l}]: the product with A[{p}]ᵀ adds up the {m} examples, and 1/m makes it their average.</source>
        <translation>dW[{l}] 与 W[{l}] 形状相同：与 A[{p}]ᵀ 相乘把 {m} 个样本加起来，再乘 1/m 得到平均值。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="177"/>
        <source>db[{l}] adds dZ[{l}] across the examples (the columns), so it has one entry per unit, like b[{l}].</source>
        <translation>db[{l}] 把 dZ[{l}] 沿样本（各列）相加，所以每个单元一个值，与 b[{l}] 相同。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="179"/>
        <source>dA[{p}] = W[{l}]ᵀ dZ[{l}] carries the gradient back to layer {p}.</source>
        <translation>dA[{p}] = W[{l}]ᵀ dZ[{l}] 把梯度传回第 {p} 层。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="180"/>
        <source>Gradient descent: W[{l}] and b[{l}] take a step against their gradients, scaled by the learning rate α.</source>
        <translation>梯度下降：W[{l}] 和 b[{l}] 沿梯度的反方向走一步，步长由学习率 α 决定。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/equation_panel.py" line="188"/>
        <source>(Training uses another optimizer; this is the course&apos;s plain gradient-descent step on the same gradients.)</source>
        <translation>（训练使用的是另一种优化器；这里显示的是课程中对同样梯度做的普通梯度下降一步。）</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="149"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="151"/>
        <source>Stop the runs in progress; finished runs are kept</source>
        <translation>停止正在进行的运行；已完成的运行会保留</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="152"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="153"/>
        <source>Save the results as a CSV table</source>
        <translation>把结果保存为 CSV 表格</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="154"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="155"/>
        <source>Save the plot as a PNG image</source>
        <translation>把图保存为 PNG 图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="146"/>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="219"/>
        <source>{runs} run(s) on {children} process(es): about {time}, {memory} of memory</source>
        <translation>{runs} 次运行，使用 {children} 个进程：约 {time}，需要 {memory} 内存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="253"/>
        <source>Start a long experiment?</source>
        <translation>开始一个耗时的实验？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="254"/>
        <source>This will take about {time} and need about {memory} of memory (the budget is {budget_time} and {budget_memory}). You can cancel it at any time and keep the runs that finished. Start it?</source>
        <translation>这大约需要 {time} 和 {memory} 内存（预算是 {budget_time} 和 {budget_memory}）。你可以随时取消，已完成的运行会保留。要开始吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="289"/>
        <source>about {time} left</source>
        <translation>大约还剩 {time}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="288"/>
        <source>{done} / {total} runs · {left}</source>
        <translation>{done} / {total} 次运行 · {left}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="305"/>
        <source>cancelled · {done} / {total} runs</source>
        <translation>已取消 · {done} / {total} 次运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="306"/>
        <source>Cancelled after {time}; the runs that finished are kept, the others are marked.</source>
        <translation>在 {time} 后取消；已完成的运行会保留，其余的已标出。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="310"/>
        <source>{total} runs in {time}</source>
        <translation>{total} 次运行，用时 {time}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="334"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="336"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="337"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="343"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="343"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="344"/>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/experiment_panel.py" line="351"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="40"/>
        <source>learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="41"/>
        <source>layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="42"/>
        <source>units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="43"/>
        <source>activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="44"/>
        <source>initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="45"/>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="46"/>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="67"/>
        <source>The data of this run is no longer open.</source>
        <translation>这次运行的数据已经不再打开。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="81"/>
        <source>The data of this run has changed shape since it ran.</source>
        <translation>这次运行之后，它的数据形状已经改变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/processes/sweep_worker.py" line="33"/>
        <source>the worker process ended unexpectedly ({how})</source>
        <translation>工作进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/processes/sweep_worker.py" line="36"/>
        <source>the worker process ran out of memory ({detail})</source>
        <translation>工作进程内存不足（{detail}）</translation>
    </message>
</context>
<context>
    <name>HyperparametersPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="120"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="127"/>
        <source>How far each step of gradient descent moves W and b: too small is slow, too large diverges.</source>
        <translation>梯度下降每一步让 W 和 b 移动多远：太小则慢，太大则发散。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="120"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="128"/>
        <source>How many updates of the parameters one press of Train runs.</source>
        <translation>按一次“训练”对参数进行多少次更新。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="121"/>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="130"/>
        <source>How many examples each update looks at; full batch uses all m, as in the course.</source>
        <translation>每次更新使用多少个样本；全批量使用全部 m 个样本，与课程一致。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="121"/>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="132"/>
        <source>How W[l] is drawn before training; b[l] starts at 0. Zeros shows the symmetry problem.</source>
        <translation>训练前如何抽取 W[l]；b[l] 从 0 开始。“全零”会展示对称性问题。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="122"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="133"/>
        <source>The update rule: plain gradient descent, with momentum, or Adam.</source>
        <translation>更新规则：普通梯度下降、动量法或 Adam。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="122"/>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="135"/>
        <source>Adds λ/(2m) Σ‖W[l]‖² to the cost, pulling the weights towards 0 against overfitting.</source>
        <translation>在代价上加上 λ/(2m) Σ‖W[l]‖²，把权重拉向 0 以防过拟合。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="122"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="137"/>
        <source>Seeds the initial draw and the mini-batch shuffles: the same seed gives the same run.</source>
        <translation>决定初始抽取和小批量打乱：相同的种子得到相同的运行。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="144"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="145"/>
        <source>He (√(2/n[l-1]))</source>
        <translation>He (√(2/n[l-1]))</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="145"/>
        <source>Xavier (√(1/n[l-1]))</source>
        <translation>Xavier (√(1/n[l-1]))</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="146"/>
        <source>Small (× 0.01)</source>
        <translation>小值 (× 0.01)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="146"/>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="147"/>
        <source>The course&apos;s (÷ √n[l-1])</source>
        <translation>课程中的 (÷ √n[l-1])</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="171"/>
        <source>These are hyperparameters: you choose them. The parameters W[l], b[l] ({count} numbers) are what training learns.</source>
        <translation>这些是超参数：由你来选择。参数 W[l]、b[l]（共 {count} 个数）才是训练要学习的。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/hyperparameters.py" line="178"/>
        <source>Set {name}</source>
        <translation>设置{name}</translation>
    </message>
</context>
<context>
    <name>InitComparison</name>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="77"/>
        <source>The same network, seed and data, started four ways. Zeros: every unit of a layer starts equal, gets the same gradient and stays equal, so &quot;distinct units&quot; stays at 1 — the layer works as a single unit (the symmetry problem). × 0.01: each layer shrinks the signal, so in a deep network the first updates barely move and the cost stays flat for a long stretch. He (for ReLU) and Xavier (for tanh) keep the signal&apos;s size from layer to layer, and the cost falls from the start.</source>
        <translation>同样的网络、随机种子和数据，用四种方式开始。全零：一层中每个单元起点相同，得到相同的梯度，并一直保持相同，所以“不同的单元”始终是 1——这一层就像只有一个单元（对称性问题）。× 0.01：每一层都让信号变小，所以在深层网络里，最初的更新几乎不动，代价长时间保持平坦。He（用于 ReLU）和 Xavier（用于 tanh）让信号的大小在层与层之间保持不变，代价从一开始就下降。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="82"/>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="82"/>
        <source>Small (× 0.01)</source>
        <translation>很小 (× 0.01)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="82"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="83"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="86"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="87"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/init_comparison.py" line="94"/>
        <source>This network has L = {L}: the slow start of × 0.01 shows clearly from L = {deep} on (the course&apos;s network has L = 4).</source>
        <translation>这个网络 L = {L}：× 0.01 的缓慢起步从 L = {deep} 起会很明显（课程中的网络 L = 4）。</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="282"/>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="334"/>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="283"/>
        <source>Add a hidden layer just before the output layer (Ctrl+Insert)</source>
        <translation>在输出层之前添加一个隐藏层（Ctrl+Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="284"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="285"/>
        <source>Insert a hidden layer before the selected one (Insert)</source>
        <translation>在选中的层之前插入一个隐藏层（Insert）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="286"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="287"/>
        <source>Remove the selected hidden layer (Delete)</source>
        <translation>删除选中的隐藏层（Delete）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="288"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="289"/>
        <source>Move the selected hidden layer towards the input (Ctrl+Up)</source>
        <translation>把选中的隐藏层移向输入层（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="290"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="291"/>
        <source>Move the selected hidden layer towards the output (Ctrl+Down)</source>
        <translation>把选中的隐藏层移向输出层（Ctrl+Down）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="292"/>
        <source>Units of the selected hidden layer; arrow keys step, holding them makes one undo step</source>
        <translation>选中隐藏层的单元数；用方向键调整，连续调整只算一步撤销</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="300"/>
        <source>Choose a preset network…</source>
        <translation>选择预设网络…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="342"/>
        <source>Insert layer</source>
        <translation>插入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="349"/>
        <source>There is no hidden layer to remove: this is logistic regression.</source>
        <translation>没有可删除的隐藏层：现在是逻辑回归。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="353"/>
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="364"/>
        <source>Move layer</source>
        <translation>移动层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="378"/>
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Units n[l]</source>
        <translation>单元数 n[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="80"/>
        <source>Activation g[l]</source>
        <translation>激活函数 g[l]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="99"/>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="114"/>
        <source>n[0] = n_x: one input unit per feature of the dataset. It follows the dataset.</source>
        <translation>n[0] = n_x：数据集的每个特征对应一个输入单元，由数据集决定。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="116"/>
        <source>n[L] follows the task: 1 sigmoid unit for two classes, C softmax units for C classes.</source>
        <translation>n[L] 由任务决定：两类用 1 个 sigmoid 单元，C 类用 C 个 softmax 单元。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="118"/>
        <source>Type the number of units n[{l}] and press Enter.</source>
        <translation>输入单元数 n[{l}] 后按回车。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="120"/>
        <source>Choose the activation g[{l}] of this layer.</source>
        <translation>选择这一层的激活函数 g[{l}]。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="145"/>
        <source>Change g[L]</source>
        <translation>更改 g[L]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="151"/>
        <source>n[{l}] must be a whole number, not “{text}”</source>
        <translation>n[{l}] 必须是整数，而不是“{text}”</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="154"/>
        <source>Set n[{l}]</source>
        <translation>设置 n[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/layer_editor.py" line="156"/>
        <source>Change g[{l}]</source>
        <translation>更改 g[{l}]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="243"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="243"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="244"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="244"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="245"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="245"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="246"/>
        <source>Matrix shapes</source>
        <translation>矩阵形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="248"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="249"/>
        <source>Forward and backward pass</source>
        <translation>前向与反向传播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="250"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="251"/>
        <source>Hyperparameter sweep</source>
        <translation>超参数扫描</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="252"/>
        <source>Depth versus width (parity)</source>
        <translation>深度与宽度（奇偶校验）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="254"/>
        <source>&amp;Experiments</source>
        <translation>实验(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="255"/>
        <source>&amp;Network diagram</source>
        <translation>网络图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="256"/>
        <source>Forward and backward &amp;pass</source>
        <translation>前向与反向传播(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="257"/>
        <source>&amp;Train / pause</source>
        <translation>训练/暂停(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="258"/>
        <source>&amp;Step one iteration</source>
        <translation>单步迭代(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="259"/>
        <source>&amp;Reset parameters</source>
        <translation>重置参数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="260"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="265"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="266"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="268"/>
        <source>Shape &amp;quiz</source>
        <translation>形状测验(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="269"/>
        <source>Hide the numbers of the shapes and ask for them</source>
        <translation>隐藏形状中的数字并提问</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="270"/>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="271"/>
        <source>Reset &amp;settings…</source>
        <translation>重置设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="272"/>
        <source>&amp;About visualnet</source>
        <translation>关于 visualnet(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="273"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="274"/>
        <source>&amp;Presentation (full screen, large text)</source>
        <translation>演示模式(&amp;P)（全屏、大字）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="275"/>
        <source>For a projector: full screen, larger text and lines, only the panels a lesson needs; F11 or Esc leaves</source>
        <translation>用于投影：全屏，更大的文字和线条，只保留讲课需要的面板；按 F11 或 Esc 退出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="277"/>
        <source>Leave presentation</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="278"/>
        <source>&amp;Hide controls (saved in the project)</source>
        <translation>隐藏控件(&amp;H)（保存在项目中）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="251"/>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="280"/>
        <source>Changing the layers</source>
        <translation>修改网络层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="280"/>
        <source>Choosing the dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="283"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="284"/>
        <source>&amp;Cost plot or cost history (PNG, SVG, CSV)…</source>
        <translation>代价曲线或代价历史(&amp;C)（PNG、SVG、CSV）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="285"/>
        <source>&amp;Weight images (PNG, SVG)…</source>
        <translation>权重图像(&amp;W)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="286"/>
        <source>&amp;Decision boundary (PNG, SVG)…</source>
        <translation>决策边界(&amp;D)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="287"/>
        <source>&amp;Network diagram (PNG, SVG)…</source>
        <translation>网络图(&amp;N)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="288"/>
        <source>&amp;Pass animation, current step (PNG, SVG)…</source>
        <translation>传播动画当前一步(&amp;P)（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="299"/>
        <source>L = {L} · {count} parameters · m = {m} · dataset: {name}</source>
        <translation>L = {L} · {count} 个参数 · m = {m} · 数据集：{name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="315"/>
        <source>iteration {i} · cost {J}</source>
        <translation>第 {i} 次迭代 · 代价 {J}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="317"/>
        <source>train {train:.1%}</source>
        <translation>训练集 {train:.1%}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="319"/>
        <source>dev {dev:.1%}</source>
        <translation>开发集 {dev:.1%}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="321"/>
        <source>{rate} it/s</source>
        <translation>{rate} 次/秒</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="323"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="358"/>
        <location filename="../../visualnet/app/main_window.py" line="365"/>
        <location filename="../../visualnet/app/main_window.py" line="368"/>
        <location filename="../../visualnet/app/main_window.py" line="370"/>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="359"/>
        <source>Forget the window layout and your last choices, and go back to the demo network?</source>
        <translation>忘记窗口布局和上次的选择，回到演示网络吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="433"/>
        <source>An experiment&apos;s results were not read: {reason}</source>
        <translation>没有读取某个实验的结果：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="465"/>
        <source>About visualnet</source>
        <translation>关于 visualnet</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="466"/>
        <source>visualnet shows why the math of deep L-layer networks works: every shape, every pass, every step of training, computed by its own NumPy engine in the notation of Andrew Ng&apos;s course.</source>
        <translation>visualnet 展示深层 L 层神经网络的数学为什么成立：每个形状、每次传播、每一步训练，都由它自己的 NumPy 引擎计算，并采用吴恩达课程的记号。</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../visualnet/app/texts.py" line="18"/>
        <source>Planar flower (course)</source>
        <translation>平面花朵（课程）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="19"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="20"/>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="21"/>
        <source>XOR</source>
        <translation>异或 (XOR)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="22"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="23"/>
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="24"/>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="25"/>
        <source>n-bit parity</source>
        <translation>n 位奇偶校验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="26"/>
        <source>Handwritten digits (8×8)</source>
        <translation>手写数字 (8×8)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="27"/>
        <source>Digits 0 vs 1</source>
        <translation>数字 0 与 1</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="41"/>
        <source>killed by signal {n}</source>
        <translation>被信号 {n} 终止</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="42"/>
        <source>exit code {n}</source>
        <translation>退出码 {n}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="49"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="56"/>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="57"/>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="58"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="68"/>
        <source>Logistic regression (L = 1)</source>
        <translation>逻辑回归 (L = 1)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="69"/>
        <source>One hidden layer (4 tanh units)</source>
        <translation>单隐藏层（4 个 tanh 单元）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="70"/>
        <source>The course&apos;s 4-layer network (20, 7, 5)</source>
        <translation>课程中的 4 层网络 (20, 7, 5)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/texts.py" line="71"/>
        <source>Deep and narrow (8 layers of 6)</source>
        <translation>深而窄（8 层，每层 6 个）</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="541"/>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="541"/>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/network_view.py" line="541"/>
        <source>output</source>
        <translation>输出层</translation>
    </message>
</context>
<context>
    <name>ParityStudy</name>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="134"/>
        <source>&lt;p&gt;Each point is measured: for n bits and a depth of 1, 2, 3, … hidden layers of equal width w, the smallest w with which training (Adam, several seeds) classified all 2&lt;sup&gt;n&lt;/sup&gt; patterns right, checked again by a fresh forward pass. A hollow point did not reach 100% within the budget: it shows the width that came closest (its accuracy is in the table).&lt;/p&gt;&lt;p&gt;What to look for: how fast each line climbs as n grows — on the left the units each hidden layer needed, on the right the parameters in all. The course&apos;s argument counts logic gates (the dashed line): an AND/OR circuit with one hidden layer needs 2&lt;sup&gt;n−1&lt;/sup&gt; gates for parity, a tree of XORs with about log&lt;sub&gt;2&lt;/sub&gt; n layers only about n. A tanh unit is stronger than a gate — it weighs and adds up all of its inputs, so one layer can count the 1 bits — and the measured one-hidden-layer line grows roughly in proportion to n, far below the dashed line. Deeper networks get by with narrower layers as n grows; whether that saves parameters in all is what the right-hand plot measures. Training is a search: a width that could fit parity may still be missed, so points can wobble.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个点都是测出来的：对 n 位输入和 1、2、3……个等宽 w 的隐藏层，找出训练（Adam，多个随机种子）能把全部 2&lt;sup&gt;n&lt;/sup&gt; 个模式分对的最小 w，并用一次新的前向传播再检查一遍。空心点表示在预算内没有达到 100%：它显示最接近的宽度（准确率见表格）。&lt;/p&gt;&lt;p&gt;要看的是：随着 n 增大，每条线爬升得有多快——左图是每个隐藏层需要的单元数，右图是参数总数。课程的论证数的是逻辑门（虚线）：只有一个隐藏层的与/或电路计算奇偶校验需要 2&lt;sup&gt;n−1&lt;/sup&gt; 个门，而约 log&lt;sub&gt;2&lt;/sub&gt; n 层的异或树只需要大约 n 个。一个 tanh 单元比逻辑门更强——它对所有输入加权求和，所以一层就能数出 1 的个数——测得的单隐藏层曲线大致与 n 成正比，远低于虚线。随着 n 增大，更深的网络可以用更窄的层；这是否也减少了参数总数，正是右图所测量的。训练是一种搜索：本来能拟合奇偶校验的宽度也可能没找到，所以点会有些波动。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="147"/>
        <source>Bits n from</source>
        <translation>位数 n 从</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="147"/>
        <source>Depths (hidden layers)</source>
        <translation>深度（隐藏层数）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="147"/>
        <source>Iterations per try</source>
        <translation>每次尝试的迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="148"/>
        <source>Tries per width (seeds)</source>
        <translation>每个宽度尝试次数（随机种子）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="148"/>
        <source>Widest w tried</source>
        <translation>尝试的最大宽度 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="151"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="152"/>
        <source>A list such as 1, 2, 3 or a range such as 1..4</source>
        <translation>列表如 1, 2, 3，或范围如 1..4</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="153"/>
        <source>units per hidden layer w needed</source>
        <translation>每个隐藏层需要的单元数 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="154"/>
        <source>parameters needed</source>
        <translation>需要的参数数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="156"/>
        <source>bits n</source>
        <translation>位数 n</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="158"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="158"/>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="158"/>
        <source>width w</source>
        <translation>宽度 w</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="158"/>
        <source>hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="158"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="159"/>
        <source>reached 100%</source>
        <translation>达到 100%</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="159"/>
        <source>best accuracy</source>
        <translation>最佳准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="159"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="167"/>
        <source>The bits run from {first} to {last}: no values. Make the first number the smaller one.</source>
        <translation>位数从 {first} 到 {last}：没有任何值。请让第一个数较小。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="178"/>
        <source>{runs} searches on {children} process(es): typically about {time} (each search stops at the first width that fits)</source>
        <translation>{runs} 次搜索，使用 {children} 个进程：通常约 {time}（每次搜索在第一个能拟合的宽度处停止）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="222"/>
        <source>depth {depth}</source>
        <translation>深度 {depth}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="226"/>
        <source>an AND/OR circuit with one hidden layer: 2ⁿ⁻¹ gates (theory)</source>
        <translation>单隐藏层的与/或电路：2ⁿ⁻¹ 个门（理论）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="228"/>
        <source>○ not reached within the budget</source>
        <translation>○ 预算内未达到</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="234"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="234"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/parity_study.py" line="239"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PassAnimation</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="150"/>
        <source>One step back (←)</source>
        <translation>后退一步 (←)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="150"/>
        <source>One step forward (→)</source>
        <translation>前进一步 (→)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="151"/>
        <source>Back to the start of the pass (Home)</source>
        <translation>回到传播的开头 (Home)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="154"/>
        <source>Start</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="156"/>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="156"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="156"/>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="157"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="160"/>
        <source>Jump to the first step of this phase</source>
        <translation>跳到这一阶段的第一步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="161"/>
        <source>New batch</source>
        <translation>换一批</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="162"/>
        <source>Start again on another batch (another example when m = 1)</source>
        <translation>换一批数据重新开始（m = 1 时换一个样本）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="163"/>
        <source>Zoom to fit</source>
        <translation>缩放到合适</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="164"/>
        <source>Show the whole diagram; the mouse wheel zooms and dragging pans</source>
        <translation>显示整个图；鼠标滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="165"/>
        <source>One example (m = 1)</source>
        <translation>单个样本 (m = 1)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="166"/>
        <source>Follow one example, in the course&apos;s x, z[l], a[l]; off: the vectorized batch X, Z[l], A[l] with one column per example</source>
        <translation>跟随单个样本，使用课程中的 x、z[l]、a[l]；关闭时显示向量化的一批 X、Z[l]、A[l]，每列一个样本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="168"/>
        <source>Follow training</source>
        <translation>跟随训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="169"/>
        <source>While training runs, show the pass with the parameters of the current iteration</source>
        <translation>训练进行时，用当前迭代的参数显示传播过程</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="171"/>
        <source>Steps per second</source>
        <translation>每秒步数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="236"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="236"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="237"/>
        <source>Play or pause the pass (Space)</source>
        <translation>播放或暂停传播 (空格)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/view.py" line="242"/>
        <source>Speed: {n:g} steps/s</source>
        <translation>速度：每秒 {n:g} 步</translation>
    </message>
</context>
<context>
    <name>PassPlayer</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/player.py" line="74"/>
        <source>No pass to show: {reason}</source>
        <translation>无法显示传播：{reason}</translation>
    </message>
</context>
<context>
    <name>PassScene</name>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="228"/>
        <source>Layer {l}</source>
        <translation>第 {l} 层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="232"/>
        <source>cache[{l}]</source>
        <translation>缓存[{l}]</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="237"/>
        <source>Layer {l}, backward</source>
        <translation>第 {l} 层，反向</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="245"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/pass_animation/scene.py" line="248"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="118"/>
        <source>visualnet — see the math of deep networks</source>
        <translation>visualnet — 看懂深度神经网络的数学</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="134"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="135"/>
        <source>Save the changes to {name} first?</source>
        <translation>先保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="136"/>
        <source>this project</source>
        <translation>这个项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="155"/>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="156"/>
        <location filename="../../visualnet/app/project_controller.py" line="223"/>
        <source>visualnet projects (*{suffix})</source>
        <translation>visualnet 项目 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="174"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="175"/>
        <source>{name} was not opened: {reason}

The current project is unchanged.</source>
        <translation>没有打开 {name}：{reason}

当前项目没有改变。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="190"/>
        <source>Where is the dataset?</source>
        <translation>数据集在哪里？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="191"/>
        <source>The project&apos;s dataset file {file} is not there any more. Find it?</source>
        <translation>项目的数据集文件 {file} 已经不在原处。要找到它吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="194"/>
        <source>Find {name}</source>
        <translation>查找 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="221"/>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="236"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="257"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="258"/>
        <source>{path} was not saved: {reason}

Your work is still here, unsaved; the file keeps what it held before.</source>
        <translation>{path} 未能保存：{reason}

你的工作还在，只是尚未保存；文件仍保留之前的内容。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="268"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="273"/>
        <source>the process writing it ended unexpectedly ({how})</source>
        <translation>写入它的进程意外结束（{how}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="276"/>
        <source>there is not enough memory ({detail})</source>
        <translation>内存不足（{detail}）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="288"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="316"/>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="333"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="334"/>
        <source>visualnet did not close normally last time. Restore the work it saved automatically ({time})?</source>
        <translation>visualnet 上次没有正常关闭。要恢复它自动保存的工作（{time}）吗？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="351"/>
        <source>Export parameters</source>
        <translation>导出参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="353"/>
        <location filename="../../visualnet/app/project_controller.py" line="361"/>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 压缩包 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="356"/>
        <source>Parameters not exported</source>
        <translation>参数未导出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="360"/>
        <location filename="../../visualnet/app/project_controller.py" line="380"/>
        <source>Import parameters</source>
        <translation>导入参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="363"/>
        <source>Parameters not imported</source>
        <translation>参数未导入</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="386"/>
        <source>Export as Python scripts</source>
        <translation>导出为 Python 脚本</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="388"/>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="394"/>
        <source>Scripts not exported</source>
        <translation>脚本未导出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="403"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="403"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="403"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="404"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="404"/>
        <source>Export &amp;parameters (NPZ)…</source>
        <translation>导出参数(&amp;P)（NPZ）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="405"/>
        <source>&amp;Import parameters (NPZ)…</source>
        <translation>导入参数(&amp;I)（NPZ）…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="406"/>
        <source>Export as NumPy and PyTorch &amp;scripts…</source>
        <translation>导出为 NumPy 和 PyTorch 脚本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/project_controller.py" line="409"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="157"/>
        <source>The best result on the dev set</source>
        <translation>开发集上的最佳结果</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="168"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="170"/>
        <source>train J</source>
        <translation>训练集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="171"/>
        <source>dev J</source>
        <translation>开发集 J</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="172"/>
        <source>train accuracy</source>
        <translation>训练集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="173"/>
        <source>dev accuracy</source>
        <translation>开发集准确率</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="174"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="176"/>
        <source>distinct units</source>
        <translation>不同的单元</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="177"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="207"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="208"/>
        <source>running {percent}%</source>
        <translation>运行中 {percent}%</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="209"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="209"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="209"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="210"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="211"/>
        <source>cancelled at iteration {i} of {n}</source>
        <translation>在第 {i} / {n} 次迭代时取消</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="303"/>
        <source>Open as current network</source>
        <translation>作为当前网络打开</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="305"/>
        <source>Make the selected run the current network: its architecture, hyperparameters and trained parameters</source>
        <translation>把选中的运行设为当前网络：它的结构、超参数和训练好的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/run_results.py" line="336"/>
        <source>Open run {run}: {label}</source>
        <translation>打开运行 {run}：{label}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../visualnet/app/session.py" line="251"/>
        <source>n[{l}] must be a whole number of at least 1</source>
        <translation>n[{l}] 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="253"/>
        <source>n[{l}] = {n} is more units than any computer can hold</source>
        <translation>n[{l}] = {n} 个单元，任何计算机都放不下</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="255"/>
        <source>g[{l}] = {g} cannot be used in a hidden layer</source>
        <translation>g[{l}] = {g} 不能用于隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="257"/>
        <source>the output layer of this dataset cannot use {g}</source>
        <translation>这个数据集的输出层不能使用 {g}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="260"/>
        <source>this network needs {need} for its parameters; the memory budget is {budget}</source>
        <translation>这个网络的参数需要 {need} 内存；内存预算为 {budget}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="289"/>
        <source>unknown initialization {name}</source>
        <translation>未知的初始化方法 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="342"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="344"/>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="345"/>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="346"/>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="492"/>
        <source>This run would need about {need} of memory (parameters, gradients, optimizer state and the caches Z[l], A[l] of a batch of {batch}), and {free} is free. Try fewer units, or mini-batches (a mini-batch size of 64 or 256).</source>
        <translation>这次训练大约需要 {need} 内存（参数、梯度、优化器状态，以及一批 {batch} 个样本的缓存 Z[l]、A[l]），而空闲内存只有 {free}。请减少单元数，或改用小批量（小批量大小取 64 或 256）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="562"/>
        <source>The cost became {value} at iteration {i}: the learning rate {lr} is too large for this network. Training stopped and kept the parameters of the last finite step; try a smaller learning rate.</source>
        <translation>代价在第 {i} 次迭代时变成了 {value}：学习率 {lr} 对这个网络太大了。训练已停止，并保留了最后一次有限值时的参数；请尝试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="577"/>
        <source>ln {k} = {value}, guessing among {k} equal classes</source>
        <translation>ln {k} = {value}，相当于在 {k} 个同样多的类别中瞎猜</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="580"/>
        <source>{value}, guessing by the class frequencies</source>
        <translation>{value}，相当于按各类别所占比例瞎猜</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="582"/>
        <source>Stuck at chance level: since iteration {i} the cost stays at {J} ({level}) and the training accuracy at {accuracy}, the share of the largest class: the network gives every example the same answer. Likely causes: a learning rate too large for this depth (α = {lr}), dead ReLU units, or features on very different scales. Try a smaller α (say {smaller}), Adam, or fewer layers, then Reset and train again.</source>
        <translation>停在瞎猜的水平：从第 {i} 次迭代起，代价一直是 {J}（{level}），训练准确率一直是 {accuracy}，即最大类别所占的比例：网络对每个样本都给出同样的答案。可能的原因：对这个深度来说学习率太大（α = {lr}）、ReLU 单元死亡，或各特征的尺度相差很大。请试试更小的 α（例如 {smaller}）、Adam 或更少的层，然后重置再训练。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="591"/>
        <source>Dead units: {dead} of the {n} ReLU units of layer {l} output 0 for every example (at iteration {i}), so no gradient reaches them any more. Likely cause: a learning rate too large (α = {lr}) pushed their biases below zero. Try a smaller α, leaky ReLU, or He initialization, then Reset.</source>
        <translation>死亡单元：第 {l} 层的 {n} 个 ReLU 单元中有 {dead} 个对每个样本都输出 0（第 {i} 次迭代时），梯度再也传不到它们。可能的原因：学习率太大（α = {lr}），把它们的偏置推到了 0 以下。请试试更小的 α、leaky ReLU 或 He 初始化，然后重置。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="597"/>
        <source>The cost jumped from {before} to {after} at iteration {i}, more than tenfold: the learning rate (α = {lr}) is probably too large for this network. Try a smaller α.</source>
        <translation>代价在第 {i} 次迭代从 {before} 跳到 {after}，涨了十倍以上：对这个网络来说学习率（α = {lr}）可能太大了。请试试更小的 α。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="605"/>
        <source>The parameters of iteration {i}, the last received, are kept; press Train to go on.</source>
        <translation>保留最后收到的第 {i} 次迭代的参数；按“训练”可以继续。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="608"/>
        <source>Training ran out of memory ({detail}).</source>
        <translation>训练时内存不足（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="610"/>
        <source>The training process ended unexpectedly ({how}): the system may have stopped it for lack of memory.</source>
        <translation>训练进程意外结束（{how}）：可能是系统因内存不足而终止了它。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="613"/>
        <source>Training failed: {detail}.</source>
        <translation>训练失败：{detail}。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="614"/>
        <source>If it happens again, try fewer units or mini-batches (a mini-batch size of 64 or 256).</source>
        <translation>如果再次发生，请减少单元数，或改用小批量（小批量大小取 64 或 256）。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="638"/>
        <source>these parameters are for layer sizes {given}, but the network has {sizes}</source>
        <translation>这些参数对应的层大小是 {given}，但网络是 {sizes}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="677"/>
        <source>the project&apos;s output layer ({g}) does not fit the dataset&apos;s task</source>
        <translation>项目的输出层（{g}）不适合这个数据集的任务</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/session.py" line="682"/>
        <source>the project&apos;s network {saved} does not fit the dataset, which needs {needed}</source>
        <translation>项目的网络 {saved} 不适合这个数据集，它需要 {needed}</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="388"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="389"/>
        <source>Hide the numbers and ask for shapes</source>
        <translation>隐藏数字，提问形状</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="390"/>
        <source>Shape quiz</source>
        <translation>形状测验</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="391"/>
        <source>(rows, columns)</source>
        <translation>(行, 列)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="392"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="393"/>
        <source>Show answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="394"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="407"/>
        <source>{count} parameters ({memory}) · caches for m = {m}: {caches}</source>
        <translation>{count} 个参数（{memory}）· m = {m} 个样本的缓存：{caches}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="411"/>
        <source>One training step holds about {total} at its peak: the parameters, their gradients and the caches</source>
        <translation>一次训练步骤的峰值内存约为 {total}：参数、参数的梯度和缓存</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="555"/>
        <source>Type two whole numbers, like (7, 20)</source>
        <translation>请输入两个整数，例如 (7, 20)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="562"/>
        <source>Right: {symbol} is {numeric} = {symbolic}</source>
        <translation>正确：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="576"/>
        <source>Answer: {symbol} is {numeric} = {symbolic}</source>
        <translation>答案：{symbol} 的形状是 {numeric} = {symbolic}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="591"/>
        <source>Not quite: rows come first. {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：行数在前。{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="594"/>
        <source>Not quite: {symbol} has {rows} rows and a single column</source>
        <translation>不太对：{symbol} 有 {rows} 行，只有一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="597"/>
        <source>Not quite: {symbol} has {rows} rows and one column per example, {cols}</source>
        <translation>不太对：{symbol} 有 {rows} 行，每个样本一列，共 {cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="600"/>
        <source>Not quite: {symbol} has the same shape as {W}: {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 与 {W} 形状相同：{rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="602"/>
        <source>Not quite: {symbol} has {rows} rows and {cols} columns</source>
        <translation>不太对：{symbol} 有 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="609"/>
        <source>What is the shape of {symbol}?</source>
        <translation>{symbol} 的形状是什么？</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="610"/>
        <source>{right} / {asked} right</source>
        <translation>答对 {right} / {asked}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="612"/>
        <source>Read {n} in the table; m = {m}. Rows first, then columns.</source>
        <translation>在表中查看 {n}；m = {m}。先写行数，再写列数。</translation>
    </message>
</context>
<context>
    <name>ShapeTableModel</name>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="164"/>
        <source>input layer: {eq}</source>
        <translation>输入层：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="165"/>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="165"/>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="171"/>
        <source>the input: one column per example</source>
        <translation>输入：每个样本一列</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="175"/>
        <source>b is copied across the m = {m} columns to be added to {WA}</source>
        <translation>b 被复制到全部 m = {m} 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="180"/>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="232"/>
        <source>parameters in {W} and {b}</source>
        <translation>{W} 和 {b} 中的参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="208"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="208"/>
        <source>{b} broadcast</source>
        <translation>{b} 广播</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="209"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="216"/>
        <source>layer 0 is the input X, layer L the output</source>
        <translation>第 0 层是输入 X，第 L 层是输出</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="218"/>
        <source>units in the layer</source>
        <translation>该层的单元数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="220"/>
        <source>activation function</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="222"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="224"/>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="226"/>
        <source>b is copied across the m columns to be added to {WA}</source>
        <translation>b 被复制到全部 m 列，再与 {WA} 相加</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="228"/>
        <source>linear outputs: {eq}</source>
        <translation>线性输出：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="230"/>
        <source>activations: {eq}</source>
        <translation>激活值：{eq}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/shape_panel.py" line="233"/>
        <source>gradient of the cost with respect to {x}</source>
        <translation>代价函数对 {x} 的梯度</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="85"/>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="86"/>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="92"/>
        <source>nothing else</source>
        <translation>不改变其他</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="99"/>
        <source>A list such as 0.1, 0.03, 0.01; a log range such as 1e-4..1 ×5 (5 values); whole numbers 1..6</source>
        <translation>列表如 0.1, 0.03, 0.01；对数范围如 1e-4..1 ×5（5 个值）；整数 1..6</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="101"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="102"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="103"/>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/sweep_panel.py" line="130"/>
        <source>Choose two different hyperparameters, or nothing for the second.</source>
        <translation>请选择两个不同的超参数，或者第二个选“不改变其他”。</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="49"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="50"/>
        <source>Pause training; Train resumes it (Space)</source>
        <translation>暂停训练；按“训练”继续（空格键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="51"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="52"/>
        <source>Run exactly one iteration: forward, cost, backward, update (S)</source>
        <translation>只运行一次迭代：前向、代价、反向、更新（S 键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="53"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="55"/>
        <source>Draw the initial parameters again with the same seed, so runs can be compared; the curve of this run stays on the plot</source>
        <translation>用相同的种子重新抽取初始参数，便于比较各次运行；这次运行的曲线会留在图上</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="62"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="62"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="64"/>
        <source>Train from the current parameters for the chosen number of iterations (Space)</source>
        <translation>从当前参数开始，训练所选的迭代次数（空格键）</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="73"/>
        <source>Not trained yet: the parameters are the initial draw.</source>
        <translation>尚未训练：参数还是初始抽取的值。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/training_controls.py" line="75"/>
        <source>{n} iterations so far in this run</source>
        <translation>本次运行已迭代 {n} 次</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="184"/>
        <source>Layer {l}: images that activate each unit</source>
        <translation>第 {l} 层：激活每个单元的图像</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="185"/>
        <source>Layer {l} weights</source>
        <translation>第 {l} 层权重</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="245"/>
        <source>Which layer to look at</source>
        <translation>选择要查看的层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="246"/>
        <source>Each tile on its own scale</source>
        <translation>每个图块各用自己的色标</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="248"/>
        <source>Ticked: each unit&apos;s strongest weight is full red or blue, so every unit&apos;s pattern shows. Unticked: one scale for all, to compare how large the units&apos; weights are.</source>
        <translation>勾选：每个单元绝对值最大的权重显示为最深的红色或蓝色，每个单元的图案都清晰可见。不勾选：所有图块共用一个色标，便于比较各单元权重的大小。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="253"/>
        <source>Drawn: the first {k} of the {n} units.</source>
        <translation>图中只画出 {n} 个单元中的前 {k} 个。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="255"/>
        <source>Drawn: the first {k} of the {n} columns.</source>
        <translation>图中只画出 {n} 列中的前 {k} 列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="273"/>
        <source>pixel value</source>
        <translation>像素值</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="274"/>
        <source>negative ← {W} → positive</source>
        <translation>负 ← {W} → 正</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="283"/>
        <source>{W}: one tile per hidden unit i (its number above it), reshaped to {shape} and averaged over its {c} colour channels. Red: positive weight, blue: negative, white: 0.</source>
        <translation>{W}：每个隐藏单元 i 一个图块（编号在图块上方），重塑为 {shape}，并对 {c} 个颜色通道取平均。红色：正权重，蓝色：负权重，白色：0。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="288"/>
        <source>{W}: one tile per hidden unit i (its number above it), reshaped to {shape}. Red: positive weight, blue: negative, white: 0.</source>
        <translation>{W}：每个隐藏单元 i 一个图块（编号在图块上方），重塑为 {shape}。红色：正权重，蓝色：负权重，白色：0。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="292"/>
        <source>Each tile on its own scale: its strongest weight is full colour.</source>
        <translation>每个图块各用自己的色标：其绝对值最大的权重显示为最深的颜色。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="263"/>
        <source>unit i of layer {l}</source>
        <translation>第 {l} 层的单元 i</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="265"/>
        <source>input j</source>
        <translation>输入 j</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="265"/>
        <source>unit j of layer {l}</source>
        <translation>第 {l} 层的单元 j</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="267"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="296"/>
        <source>Layer {l}: for each unit i (one row), the {k} images with the largest activation {a}, largest first.</source>
        <translation>第 {l} 层：每个单元 i 占一行，显示使激活值 {a} 最大的 {k} 张图像，从大到小排列。</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/widgets/weight_images.py" line="298"/>
        <source>{W} {shape}: row i holds the weights of unit i, column j the weight on {a_j}.</source>
        <translation>{W} {shape}：第 i 行是单元 i 的权重，第 j 列是作用于 {a_j} 的权重。</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../visualnet/app/figures.py" line="29"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="28"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="95"/>
        <source>Choose a file name ending in .png or .svg, not {name}</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名，而不是 {name}</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="103"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="104"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="105"/>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/figures.py" line="114"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
</TS>
